"""The parts of :mod:`arbdet.extract.people`, one job per module.

Tokens, vocabularies, organisations, role phrases, names, group phrases and pronouns, what
the words around a name say about it, and in-document coreference.
"""

"""Extractors: pure functions from a :class:`~arbdet.text.Document` to mentions and facts.

:func:`arbdet.extract.pipeline.parse` runs them all, in order: places, dates, people,
quotations, detentions, the declaration and the links between detentions.
"""

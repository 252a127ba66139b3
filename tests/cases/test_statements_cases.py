"""Statements, rule family by rule family: passages in the project's own wording.

Each :class:`Case` is a short passage and the direct quotations read from it through
:func:`arbdet.parse`, each with its speaker (the end of the name), its affiliation (a
state code or a body's name) and, where the row says so, the rule that attributed it
(the ``extractor`` of its evidence). ``XFAIL`` lists the rows known to fail; they are
strict, so a row that starts to pass must leave the list.
"""

from __future__ import annotations

import attrs
import pytest

import arbdet
from arbdet.model import Organization, Person, State, Statement, StatementKind


@attrs.frozen
class Said:
    """One quotation expected from a passage."""

    quote: str
    speaker: str | None = None  # the end of the person's name; None for nobody named
    affiliation: str | None = None  # a state code or a body's name; "-": none; None: any
    rule: str | None = None  # the rule id in the evidence; None: not checked


@attrs.frozen
class Case:
    """A passage, its name (for ``XFAIL``) and what it says."""

    name: str
    text: str
    said: tuple[Said, ...]
    indirect: tuple[str, ...] = ()  # the reported statements' texts, where checked
    not_reported: tuple[str, ...] = ()  # texts that must not be reported statements
    published: str = "2022-03-10"  # a Thursday


CASES: list[Case] = [
    # ---- statement.after.*: the attribution follows the quotation
    Case(
        "after-wrote",
        '"The verdict was written before the trial began," Olga Petrova wrote on Telegram.',
        (
            Said(
                "The verdict was written before the trial began,",
                "Petrova",
                None,
                "statement.after.subject",
            ),
        ),
    ),
    Case(
        "after-tweeted",
        '"We are counting the hours until he lands," Marta Lindqvist tweeted late on Sunday.',
        (Said("We are counting the hours until he lands,", "Lindqvist"),),
    ),
    Case(
        "after-told",
        '"The charges were invented from start to finish," Daniel Okoro told reporters '
        "outside the court.",
        (Said("The charges were invented from start to finish,", "Okoro"),),
    ),
    Case(
        "after-added",
        '"Nobody should be held as a bargaining chip," Senator Ruth Calder added.',
        (Said("Nobody should be held as a bargaining chip,", "Calder"),),
    ),
    Case(
        "after-insisted",
        '"This changes nothing at all," French Foreign Minister Arnaud Vidal insisted.',
        (Said("This changes nothing at all,", "Vidal", "FR"),),
    ),
    Case(
        "after-phrasal-verbs",
        '"They took my son for a bargaining chip," Greta Holm shot back. '
        '"And they know it," she went on.',
        (
            Said("They took my son for a bargaining chip,", "Holm"),
            Said("And they know it,", "Holm"),
        ),
    ),
    Case(
        "after-sobbed",
        '"Please, just let him call us once," Rosa Lindqvist sobbed outside the embassy.',
        (Said("Please, just let him call us once,", "Lindqvist"),),
    ),
    Case(
        "after-inverted-posted",
        '"We want him home for his birthday," posted Anna Berg, his sister.',
        (Said("We want him home for his birthday,", "Berg", None, "statement.after.inverted"),),
    ),
    Case(
        "after-according",
        '"He is in good spirits despite everything," according to his lawyer, Pavel Sokolov.',
        (
            Said(
                "He is in good spirits despite everything,",
                "Sokolov",
                None,
                "statement.after.according",
            ),
        ),
    ),
    Case(
        "after-dash-pull-quote",
        "The week in one line\n\n"
        '"Every prisoner we buy back raises the price of the next." \u2014 Senator Ruth '
        "Calder, at a hearing on Tuesday.",
        (
            Said(
                "Every prisoner we buy back raises the price of the next.",
                "Calder",
                None,
                "statement.after.dash",
            ),
        ),
    ),
    Case(
        "after-next-sentence",
        '"They cannot keep him forever." Irena Kovac said.',
        (Said("They cannot keep him forever.", "Kovac"),),
    ),
    Case(
        "after-appositive-told",
        '"The sentence is a mockery of the law," Helen Marsh, the paper\'s publisher and '
        "editor, told the Associated Press.",
        (Said("The sentence is a mockery of the law,", "Marsh"),),
    ),
    # ---- statement.before.*: the verb comes first
    Case(
        "before-colon",
        'French Foreign Minister Arnaud Vidal told the assembly: "No state may trade in human '
        'beings."',
        (Said("No state may trade in human beings.", "Vidal", "FR", "statement.before.colon"),),
    ),
    Case(
        "before-complement",
        "Spanish Prime Minister Lucia Ferrer said the sentence was "
        '"an insult to every Spanish family."',
        (Said("an insult to every Spanish family.", "Ferrer", "ES", "statement.before.near"),),
    ),
    Case(
        "before-far",
        "Dutch Foreign Minister Pieter Jansen said on Monday that the two engineers, who "
        'were detained at the airport in May, had "done absolutely nothing wrong."',
        (Said("done absolutely nothing wrong.", "Jansen", "NL", "statement.before.far"),),
    ),
    Case(
        "before-characterize",
        'Swedish Foreign Minister Tobias Billstrom called the verdict "a grave injustice."',
        (Said("a grave injustice.", "Billstrom", "SE"),),
    ),
    Case(
        "before-according",
        'According to his lawyer, Pavel Sokolov, the court "ignored every piece of evidence."',
        (Said("ignored every piece of evidence.", "Sokolov", None, "statement.before.according"),),
    ),
    Case(
        "before-clause-break",
        "The embassy has not confirmed the transfer, but the prison service lists him as "
        '"moved to another facility."',
        (Said("moved to another facility.", None, "prison service", "statement.intro.as"),),
    ),
    # ---- statement.intro.*: no verb of saying
    Case(
        "intro-colon",
        'Irena Kovac was blunt: "They took him because of who his father is."',
        (
            Said(
                "They took him because of who his father is.",
                "Kovac",
                None,
                "statement.intro.colon",
            ),
        ),
    ),
    # ---- the speaker is the subject, not the object or a name in the quotation
    Case(
        "object-told",
        '"We will not stop until he is home," Tom Hale told Sara Lind of the BBC.',
        (Said("We will not stop until he is home,", "Hale"),),
    ),
    Case(
        "object-said-of",
        '"He was never a spy," Lena Ortiz said of her husband, Marco Ortiz.',
        (Said("He was never a spy,", "Lena Ortiz"),),
    ),
    Case(
        "object-told-before",
        'Tom Hale told Sara Lind: "We will not give up on him."',
        (Said("We will not give up on him.", "Hale"),),
    ),
    Case(
        "name-inside-quotation",
        'Maria Novak spoke after the hearing. "Judge Petrov never looked at the file," she said.',
        (Said("Judge Petrov never looked at the file,", "Novak"),),
    ),
    # ---- pronouns: the nearest person that fits
    Case(
        "pronoun-previous-sentence",
        'Maria Novak met the families on Tuesday. "They deserve answers," she said.',
        (Said("They deserve answers,", "Novak"),),
    ),
    Case(
        "pronoun-gender",
        "Peter Hall waited outside with his daughter, Emma Hall. "
        '"I have not slept in weeks," she said.',
        (Said("I have not slept in weeks,", "Emma Hall"),),
    ),
    Case(
        "pronoun-subject-not-object",
        "Ambassador John Weber visited Karl Brandt in prison on Thursday. "
        '"He is holding up well," he said afterwards.',
        (Said("He is holding up well,", "Weber"),),
    ),
    Case(
        "pronoun-speaker-before",
        "Asked about Karl Brandt, Chancellor Ingrid Maier said the talks went on. "
        '"We are patient," she said.',
        (Said("We are patient,", "Maier"),),
    ),
    # ---- a speaker introduced in the paragraph before
    Case(
        "previous-paragraph",
        "Her brother Tomas Rinne said the family had heard nothing for weeks.\n\n"
        '"We only want a phone call, nothing more."',
        (
            Said(
                "We only want a phone call, nothing more.",
                "Rinne",
                None,
                "statement.continued.passage",
            ),
        ),
    ),
    Case(
        "introduced-without-a-verb-of-saying",
        '"The court has spoken," Judge Arno Feld said on Monday.\n\n'
        "Outside the building, the detainee's mother Vera Lind waited in the rain.\n\n"
        '"I have not seen my son in two years."',
        (
            Said("The court has spoken,", "Feld"),
            Said(
                "I have not seen my son in two years.",
                "Lind",
                None,
                "statement.continued.introduced",
            ),
        ),
    ),
    Case(
        "introduced-after-a-live-blog-post",
        "09:10 GMT\n\n"
        '"We expect a decision today," the ministry said.\n\n'
        "09:45 GMT\n\n"
        "Paul Greaves, the detainee's lawyer, arrived at the courthouse.\n\n"
        '"My client is calm and ready for the verdict."',
        (
            Said("We expect a decision today,", None),
            Said("My client is calm and ready for the verdict.", "Greaves"),
        ),
    ),
    Case(
        "relative-by-given-name",
        "Tomas Rinne has been held since 2019.\n\n"
        'His sister Karin said the family learned of the verdict from the radio. "Nobody '
        'called us first," she said.',
        (Said("Nobody called us first,", "Karin Rinne"),),
    ),
    Case(
        "split-quotation",
        '"We are grateful," Tomas Rinne said, "but three others are still held."',
        (
            Said("We are grateful,", "Rinne"),
            Said("but three others are still held.", "Rinne"),
        ),
    ),
    # ---- bodies and offices speak for themselves, organs of a state for the state
    Case(
        "office-of-president",
        "Lebanese President Michel Aoun received the envoy on Monday. "
        '"The two men will be freed within days," the president\'s office said.',
        (Said("The two men will be freed within days,", None, "LB"),),
    ),
    Case(
        "ministry-in-statement",
        "Iran's foreign ministry summoned the Swedish ambassador on Wednesday.\n\n"
        'The ministry said in a statement that the arrest was "fully lawful and final."',
        (Said("fully lawful and final.", None, "IR"),),
    ),
    Case(
        "state-tv",
        'Iranian state TV reported that the two men had "confessed to spying for Israel."',
        (Said("confessed to spying for Israel.", None, "IR"),),
    ),
    Case(
        "newspaper-wrote",
        "The Global Times ran an editorial on the case on Friday. "
        '"Such claims are absurd and malicious," the newspaper wrote.',
        (Said("Such claims are absurd and malicious,", None, "Global Times"),),
    ),
    Case(
        "named-outlet-appositive",
        '"Ottawa will regret this," the Global Times, a state-run tabloid, reported.',
        (Said("Ottawa will regret this,", None, "Global Times"),),
    ),
    Case(
        "according-to-a-statement-from",
        '"We will not bargain over a human life," Minister Lars Ekberg said on Monday.\n\n'
        '"He has done nothing wrong," according to a statement from the family of Ola Sund.',
        (
            Said("We will not bargain over a human life,", "Ekberg"),
            Said("He has done nothing wrong,", None),
        ),
    ),
    Case(
        "document-reads",
        '"We have written to every minister we could find," Lena Ortiz\'s statement reads.',
        (Said("We have written to every minister we could find,", "Lena Ortiz"),),
    ),
    # ---- unnamed officials and their state
    Case(
        "anonymous-official",
        '"The door is not closed," a senior U.S. administration official said.',
        (Said("The door is not closed,", None, "US"),),
    ),
    Case(
        "spokesperson-of-the-body-before",
        "Canada's foreign ministry said it had not been told of the charges. "
        '"We are seeking consular access without delay," a spokesperson said.',
        (Said("We are seeking consular access without delay,", None, "CA"),),
    ),
    Case(
        "spokesman-of-a-body-that-is-no-state",
        'Amnesty International called the verdict "a mockery of justice." '
        '"The authorities must quash it at once," a spokesman added.',
        (
            Said("a mockery of justice.", None, "Amnesty International"),
            Said("The authorities must quash it at once,", None, "Amnesty International"),
        ),
    ),
    Case(
        "agency-described-by-an-appositive",
        "IRNA, Iran's official news agency, said the two men had been charged. "
        '"Their trial will open next month," the agency said.',
        (Said("Their trial will open next month,", None, "IRNA"),),
    ),
    Case(
        "state-news-agency-by-its-name",
        "North Korea said the soldier had asked for refuge. "
        '"He expressed his wish to stay in the Republic," KCNA reported.',
        (Said("He expressed his wish to stay in the Republic,", None, "KCNA"),),
    ),
    Case(
        "the-title-is-the-unnamed-speaker-just-before",
        "White House spokesman Paul Orrin said the men had been wrongfully detained. "
        "A Chinese foreign ministry spokesperson, asked about the release, said the cases "
        'were handled lawfully. "China protects the rights of foreigners," the spokesperson '
        "said.",
        (Said("China protects the rights of foreigners,", None, "CN"),),
    ),
    Case(
        "capitalised-embassy-of-a-state",
        "The Chinese Embassy in the United States also lodged stern representations. "
        '"This is political persecution," an embassy spokesperson said.',
        (Said("This is political persecution,", None, "CN"),),
    ),
    Case(
        "anonymous-official-organ-before",
        "The Russian Foreign Ministry said on Friday that the case was closed. "
        '"There will be no exchange," a ministry official told reporters.',
        (Said("There will be no exchange,", None, "RU"),),
    ),
    Case(
        "office-before-title-and-name",
        "President Seyyed Ebrahim Raisi arrived in New York on Monday. "
        '"This exchange can build trust," the President told reporters.',
        (Said("This exchange can build trust,", "Raisi", "IR"),),
        published="2023-09-19",
    ),
    Case(
        "official-by-surname-alone",
        'Asked whether a swap was possible, Peskov replied: "There is nothing to announce."',
        (Said("There is nothing to announce.", "Peskov", "RU"),),
    ),
    Case(
        "unnamed-diplomat-refers-back",
        "Ambassador Marc Roy spoke first. A Western diplomat who attended the talks said the mood "
        'was tense. "Nobody raised their voice," the diplomat said.',
        (Said("Nobody raised their voice,", None),),
    ),
    # ---- news attributions in many styles
    Case(
        "inverted-appositive-body",
        '"We will keep pushing for his release," said John Carter, a spokesman for the '
        "State Department.",
        (Said("We will keep pushing for his release,", "Carter", "US"),),
    ),
    Case(
        "anonymous-relative-clause",
        "The State Department declined to comment on the talks. "
        '"The talks are stuck," the spokesman, who spoke on condition of anonymity, said.',
        (Said("The talks are stuck,", None),),
    ),
    Case(
        "participle-appositive-colon",
        'John Carter, speaking at a news conference in Washington, said: "Nothing has changed '
        'since Friday."',
        (Said("Nothing has changed since Friday.", "Carter"),),
    ),
    Case(
        "asked-inverted",
        '"Where is my son tonight?" asked Maria Lopez.',
        (Said("Where is my son tonight?", "Lopez"),),
    ),
    Case(
        "replied-colon",
        'Asked whether he expected a swap, Peter Grant replied: "Anything is possible now."',
        (Said("Anything is possible now.", "Grant"),),
    ),
    Case(
        "joint-statement",
        '"We demand their immediate release," Maria Lopez and David Lopez said in a joint '
        "statement.",
        (Said("We demand their immediate release,", "Maria Lopez"),),
    ),
    Case(
        "source-close",
        '"Nobody is talking to us yet," a source close to the negotiations told CNN.',
        (Said("Nobody is talking to us yet,", None),),
    ),
    Case(
        "two-quotations-one-verb",
        'John Carter told reporters that the verdict was "a dark day for justice" and that '
        '"nobody should accept it."',
        (Said("a dark day for justice", "Carter"), Said("nobody should accept it.", "Carter")),
    ),
    Case(
        "said-of-split",
        'John Carter spoke first. "A dark day," Carter said of the verdict, "for everyone '
        'who believes in justice."',
        (Said("A dark day,", "Carter"), Said("for everyone who believes in justice.", "Carter")),
    ),
    Case(
        "recalled-inverted",
        '"He looked thin but strong," recalled his mother, Anne Dupont.',
        (Said("He looked thin but strong,", "Dupont"),),
    ),
    Case(
        "parenthetical-pronoun",
        'Anne Dupont spoke to the BBC on Monday. Her son, she said, was "thin but strong '
        'and very calm."',
        (Said("thin but strong and very calm.", "Dupont"),),
    ),
    Case(
        "quoted-as-saying",
        '"This is an outrage," the paper quoted Peter Grant as saying.',
        (Said("This is an outrage,", "Grant", None, "statement.after.quoted"),),
    ),
    Case(
        "was-quoted-as-saying",
        'Peter Grant was quoted as saying the men were "innocent victims of a cruel game."',
        (
            Said(
                "innocent victims of a cruel game.",
                "Grant",
                None,
                "statement.before.quoted_passive",
            ),
        ),
    ),
    Case(
        "considers",
        "Ingrid Maier will chair the talks, and it is this meeting that she considers "
        '"the most important of the year."',
        (Said("the most important of the year.", "Maier"),),
    ),
    Case(
        "organisation-pronoun",
        "Amnesty International called the trial a sham. "
        '"The verdict was decided long before the hearing," it said.',
        (Said("The verdict was decided long before the hearing,", None, "Amnesty International"),),
    ),
    Case(
        "pronoun-chain-paragraphs",
        "Senator Ruth Calder has pressed the administration for months.\n\n"
        '"Every week we wait is a week he loses," she said in an interview.\n\n'
        '"I am not going to stop."',
        (
            Said("Every week we wait is a week he loses,", "Calder"),
            Said("I am not going to stop.", "Calder"),
        ),
    ),
    Case(
        "pronoun-husband",
        "Ruth Calder and her husband, Tom Calder, met the minister on Friday.\n\n"
        '"He listened, but he promised nothing," he said.',
        (Said("He listened, but he promised nothing,", "Tom Calder"),),
    ),
    Case(
        "nationality-is-no-affiliation",
        '"I never stopped believing," said Canadian teacher Lena Ostrova, freed on Monday.',
        (Said("I never stopped believing,", "Ostrova", "-"),),
    ),
    Case(
        "state-before-an-office-is-its-affiliation",
        'Estonian Foreign Minister Kaja Tamm said: "We expect him home within days."',
        (Said("We expect him home within days.", "Tamm", "EE"),),
    ),
    Case(
        "state-after-name",
        'Foreign Minister Arnaud Vidal of France said the trial was "a parody of justice."',
        (Said("a parody of justice.", "Vidal", "FR"),),
    ),
    Case(
        "state-later-in-sentence",
        "Anne Dupont, who met officials in Moscow, said the charges were "
        '"simply invented by the police."',
        (Said("simply invented by the police.", "Dupont", "-"),),
    ),
    Case(
        "sign-held",
        'Paul Whelan held up a handwritten sign that read "Sham trial, fake charges!" as he '
        "stood in the glass cage.",
        (Said("Sham trial, fake charges!", "Whelan", None, "statement.intro.document"),),
    ),
    Case(
        "guillemets-with-spaces",
        "Paul Whelan a écrit sur une affiche : « Je suis innocent de tout crime ».",
        (Said("Je suis innocent de tout crime", "Whelan"),),
    ),
    Case(
        "office-and-surname",
        'President Biden said in a statement that the deal was "a victory for patient diplomacy."',
        (Said("a victory for patient diplomacy.", "Biden", "US"),),
    ),
    Case(
        "judge-of-court-named-before",
        "A Russian court in Yekaterinburg sentenced the reporter on Friday. "
        '"The guilt of the defendant has been fully proven," the judge said.',
        (Said("The guilt of the defendant has been fully proven,", None, "RU"),),
    ),
    Case(
        "named-judge-serves-the-court-before",
        "A Minsk court on Tuesday jailed the Lithuanian driver for five years. Judge Olga "
        'Brik told the hearing: "The evidence leaves no room for doubt."',
        (Said("The evidence leaves no room for doubt.", "Brik", "BY"),),
    ),
    Case(
        "named-prosecutor-serves-the-court-named-before",
        "Tehran's Revolutionary Court opened the trial of the engineer on Sunday.\n\n"
        '"He worked for a hostile service," prosecutor Ali Karimi said.',
        (Said("He worked for a hostile service,", "Karimi", "IR"),),
    ),
    Case(
        "judge-of-an-international-court-has-no-state",
        "Indian diplomats welcomed the ruling. The International Court of Justice ordered a "
        'stay. "The order is binding," presiding judge Anton Weiss said.',
        (Said("The order is binding,", "Weiss", "-"),),
    ),
    Case(
        "employer-by-possessive",
        "The Wall Street Journal rejected the charges from the start. "
        '"This is a disgraceful, sham conviction," the newspaper\'s publisher Almar Latour '
        "said in a statement.",
        (Said("This is a disgraceful, sham conviction,", "Latour", "The Wall Street Journal"),),
    ),
    Case(
        "employer-before-a-title-that-names-a-state",
        "Human Rights Watch's China director, Maya Lindholm, said: "
        '"Nobody should be jailed for writing a book."',
        (Said("Nobody should be jailed for writing a book.", "Lindholm", "Human Rights Watch"),),
    ),
    # ---- subjects reporters write: stacked appositives, pronouns, opening phrases
    Case(
        "stacked-appositives",
        "Nora Feld, the engineer's mother, who has written to every minister since his arrest, "
        'said in a statement the family was "tired of empty promises."',
        (Said("tired of empty promises.", "Feld"),),
    ),
    Case(
        "pronoun-after-opening-phrase",
        "Minister Lars Berg was asked about the case on Monday. On his blog he wrote that the "
        'charges "do not survive a first reading."',
        (Said("do not survive a first reading.", "Berg"),),
    ),
    Case(
        "pronoun-subject-second-verb",
        "Secretary of State Helen Ward met the families. She named two others still held, the "
        "teacher Ivan Petrov and the reporter Tom Salo, and said both were "
        '"held for no reason at all."',
        (Said("held for no reason at all.", "Ward"),),
    ),
    Case(
        "participle-opening-phrase",
        "Pressed on whether Ottawa was the target, Foreign Minister Claire Dubois said the text "
        'was "aimed at no single country."',
        (Said("aimed at no single country.", "Dubois"),),
    ),
    Case(
        "reply-that",
        "When diplomats raise his case, Chinese officials reply that it is "
        '"purely an internal matter."',
        (Said("purely an internal matter.", None, "CN"),),
    ),
    Case(
        "plural-pronoun-speaks-for-several",
        "His parents, Anne and Marc Dubois, announced the news on Friday. "
        '"We are finally whole again," they wrote.',
        (Said("We are finally whole again,", None, "-"),),
    ),
    Case(
        "introduced-by-no-speaker",
        "Anna Berg returned home on Saturday. Online, the most shared message was short: "
        '"Welcome back, Anna, we missed you."',
        (Said("Welcome back, Anna, we missed you.", None, "-", "statement.intro.colon"),),
    ),
    # ---- headlines: a colon names the speaker; a headline's quotation is the body's again
    Case(
        "headline-colon",
        'Portuguese FM: Lisbon will "not bargain over people"\n\n'
        "LISBON, March 8 - Portugal will not trade detainees for spies, its foreign minister "
        "said on Tuesday.",
        (Said("not bargain over people", None, "PT", "statement.intro.headline"),),
    ),
    Case(
        "headline-repeats-body",
        "'We can finally breathe': family of freed teacher speaks\n\n"
        'The family of Karl Lind said on Monday: "We can finally breathe. Thank you all for '
        'every letter."',
        (Said("We can finally breathe. Thank you all for every letter.", None),),
    ),
    Case(
        "subheading-quotes-part-of-body",
        "Berg: 'a verdict written in advance'\n\n"
        "Lars Berg, the Swedish foreign minister, spoke after the hearing. "
        '"This was a verdict written in advance, and everyone knew it," he said.',
        (Said("This was a verdict written in advance, and everyone knew it,", "Berg", "SE"),),
    ),
    # ---- who a description means: an outlet by its name, a state's media, an administration
    Case(
        "outlet-by-its-name",
        "The Wall Street Journal broke the story. "
        '"The facts speak for themselves," said Tom Fry, an editor at The Washington Post.'
        "\n\nThe Journal's editor, Ruth Cole, wrote to staff. "
        '"We will not rest until he is home," she wrote.',
        (
            Said("The facts speak for themselves,", "Fry"),
            Said("We will not rest until he is home,", "Cole", "The Wall Street Journal"),
        ),
    ),
    Case(
        "state-media-of-the-story",
        "Tehran's prosecutor announced the sentence on Monday. State television described the "
        'two men as "agents of a hostile service."',
        (Said("agents of a hostile service.", None, "IR"),),
    ),
    Case(
        "administration-of-the-leader",
        "President Joe Biden spoke to the family on Thursday. "
        '"This was the only deal on offer," a senior administration official said.',
        (Said("This was the only deal on offer,", None, "US"),),
        published="2022-12-09",
    ),
    # ---- transcripts and interviews: labels in capitals, the interviewer's questions
    Case(
        "transcript-labels",
        "Secretary of State Antony Blinken took questions on Tuesday.\n\n"
        'QUESTION: "Do you expect a prisoner swap soon?"\n\n'
        'SECRETARY BLINKEN: "We never discuss such matters in public."',
        (
            Said("Do you expect a prisoner swap soon?", None, "-"),
            Said("We never discuss such matters in public.", "Blinken", "US"),
        ),
    ),
    Case(
        "interviewer-asks",
        "Foreign Minister Claire Dubois spoke to the radio on Tuesday.\n\n"
        '"Are you talking to Beijing?" the interviewer asked.\n\n'
        '"We talk to them every single day," Dubois replied.',
        (
            Said("Are you talking to Beijing?", None, "-"),
            Said("We talk to them every single day,", "Dubois"),
        ),
    ),
    Case(
        "transcript-first-person-is-the-turn",
        "Foreign Minister Ines Lacroix was on the morning programme on Monday.\n\n"
        "HOST: Did you raise the case in Tehran?\n\n"
        'LACROIX: Of course. I told my counterpart, "Our citizen has done nothing wrong."',
        (Said("Our citizen has done nothing wrong.", "Lacroix", None, "statement.before.near"),),
    ),
    Case(
        "transcript-label-in-title-case",
        "Minister Ines Lacroix spoke to the radio on Monday.\n\n"
        "Host: What is your message to the family?\n\n"
        'Lacroix: As I said in the Senate, "We will bring him home."',
        (Said("We will bring him home.", "Lacroix"),),
    ),
    Case(
        "transcript-pronoun-is-someone-else",
        "Senator Paul Arden took questions on the detained engineers.\n\n"
        "Q: Have you spoken to the special envoy, Mark Ellison?\n\n"
        'MR. ARDEN: Yesterday. He said, "The talks are moving," and I believe him.',
        (Said("The talks are moving,", "Ellison"),),
    ),
    Case(
        "transcript-label-of-a-relative-is-their-own-name",
        "Dara Novak, a Czech aid worker, has been held since March.\n\n"
        "HOST: When did you last hear from your son?\n\n"
        'MILA NOVAK: On Friday. I told him, "Your whole town is waiting for you."',
        (Said("Your whole town is waiting for you.", "Mila Novak"),),
    ),
    Case(
        "transcript-unnamed-official-is-of-the-speakers-state",
        "Canadian Foreign Minister Ines Garand took questions in Ottawa on Monday.\n\n"
        "Q: Has the prime minister spoken to the family?\n\n"
        'GARAND: He has. The prime minister told them, "We will not rest until he is home."',
        (Said("We will not rest until he is home.", None, "CA"),),
    ),
    Case(
        "transcript-turn-runs-over-paragraphs",
        "Spokesperson Dana Whitfield briefed reporters on Monday.\n\n"
        "QUESTION: Is there any news on the detained engineer?\n\n"
        "MS. WHITFIELD: We are in touch with his family.\n\n"
        'And let me repeat what I have said before: "He should be released at once."',
        (Said("He should be released at once.", "Whitfield"),),
    ),
    Case(
        "opinion-i-is-the-byline-author",
        "The price of silence\n\nBy Ruth Abelard\n\n"
        'As I told a parliamentary committee last year, "Every ransom paid is an invitation."',
        (Said("Every ransom paid is an invitation.", "Abelard"),),
    ),
    Case(
        "opinion-he-is-not-the-author",
        "The price of silence\n\nBy Ruth Abelard\n\n"
        "In 2019 I asked an official in Tehran about the detainees. "
        '"They are ordinary criminals," he told me.',
        (Said("They are ordinary criminals,", None),),
    ),
    Case(
        "headline-quotes-nearly-all-of-body",
        "Berg: 'a verdict written in advance'\n\n"
        "Lars Berg, the Swedish foreign minister, spoke after the hearing. "
        '"It was a verdict written in advance," he said.',
        (
            Said("a verdict written in advance", "Berg", "SE", "statement.intro.colon"),
            Said("It was a verdict written in advance,", "Berg", "SE"),
        ),
    ),
    # ---- press releases: signature lines, offices the text names elsewhere
    Case(
        "signature-title-comma-name",
        '"Today two families are whole again."\n\nThe Foreign Secretary, Liz Truss\n\n'
        '"We will keep working for every British national still held."\n\n'
        "Prime Minister Boris Johnson\n\nBoth men landed at Brize Norton on Thursday.",
        (
            Said("Today two families are whole again.", "Truss", "GB", "statement.signed"),
            Said(
                "We will keep working for every British national still held.",
                "Johnson",
                "GB",
                "statement.signed",
            ),
        ),
        published="2022-03-16",
    ),
    Case(
        "title-held-per-gazetteer",
        "Dominic Raab met the two families in London.\n\n"
        'The Foreign Secretary said: "Their ordeal must end now."',
        (Said("Their ordeal must end now.", "Raab", "GB"),),
        published="2020-06-02",
    ),
    Case(
        "live-blog-title-is-no-signature",
        'Live updates\n\n"We are so happy tonight."\n\nKovrig lands in Calgary\n\n'
        "Michael Kovrig landed shortly before dawn.",
        (Said("We are so happy tonight.", None, "-"),),
    ),
    Case(
        "name-describing-a-role-is-no-speaker",
        "Senator Ruth Calder met the families. Hope Dalby, a Calder spokeswoman, said in an "
        'email that the senator "has never been more determined."',
        (Said("has never been more determined.", "Hope Dalby"),),
    ),
    # ---- quoted words that are no statement
    Case(
        "phrase-in-quotation-marks",
        'The ministry prefers the phrase "arbitrary detention of foreign nationals", saying it '
        "is exact.",
        (),
    ),
    Case(
        "negated-verb-reports-nothing",
        "The ministry has not confirmed that the two engineers were detained.",
        (),
        not_reported=("the two engineers were detained",),
    ),
    Case(
        "negated-verb-is-no-speaker",
        "Anna Berg spoke to reporters outside the court on Friday.\n\n"
        "The ministry did not respond to a request for comment.\n\n"
        '"We will not give up, whatever they decide."',
        (Said("We will not give up, whatever they decide.", "Anna Berg"),),
    ),
    # ---- reported statements are indirect, never quotations
    Case(
        "reported-accusation",
        "Canada accused China of detaining the two men in retaliation for the arrest.",
        (),
        ("China of detaining the two men in retaliation for the arrest",),
    ),
    Case(
        "reported-denial",
        "The Chinese Foreign Ministry denied that the detentions were linked to the case.",
        (),
        ("the detentions were linked to the case",),
    ),
]

XFAIL: frozenset[str] = frozenset()


def _affiliation(statement: Statement) -> str | None:
    party = statement.speaker if isinstance(statement.speaker, Organization) else None
    value = party or statement.affiliation
    if isinstance(value, Organization):
        return value.name
    if isinstance(value, State):
        return value.code
    return None


def _rule(statement: Statement) -> str:
    return next(e.extractor for e in statement.evidence if e.field == "text")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case, id=case.name, marks=[pytest.mark.xfail(strict=True)] * (case.name in XFAIL)
        )
        for case in CASES
    ],
)
def test_statement_case(case: Case) -> None:
    facts = arbdet.parse(case.text, published=case.published)
    direct = [s for s in facts.statements if s.kind is StatementKind.DIRECT]
    assert [s.text for s in direct] == [said.quote for said in case.said]
    for statement, said in zip(direct, case.said, strict=True):
        speaker = statement.speaker
        if said.speaker is None:
            assert not isinstance(speaker, Person), statement
        else:
            assert isinstance(speaker, Person), statement
            assert speaker.name.endswith(said.speaker), statement
        if said.affiliation == "-":
            assert _affiliation(statement) is None, statement
        elif said.affiliation is not None:
            assert _affiliation(statement) == said.affiliation, statement
        if said.rule is not None:
            assert _rule(statement) == said.rule, statement
    indirect = {s.text for s in facts.statements if s.kind is StatementKind.INDIRECT}
    for text in case.indirect:
        assert text in indirect, indirect
    for text in case.not_reported:
        assert text not in indirect, indirect


def test_xfail_names_are_cases() -> None:
    assert {case.name for case in CASES} >= XFAIL

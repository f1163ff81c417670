/*
 * quotes.h - direct quotations of an analysed article and their speakers.
 *
 * Marks: « », “ ”, „ “ (or „ ”), ‘ ’, ASCII "…" and the single quotes some
 * English papers print speech in ('We will win,' he said). A quotation
 * opens and closes within one paragraph; marks of another kind inside it
 * are part of it, and « » or “ ” nest. ASCII "…" nest too; when the outer
 * one is never closed, a nested one closing before a comma (at the
 * paragraph's end, before a comma or a stop) closes it ('les marins
 * "baignent dans les microbes", souligne X'). An apostrophe is not a mark: ’ or '
 * between two letters (l’État, don't) never opens or closes, a single quote
 * opens only after a space or an opening bracket and before a letter, and
 * closes only before a non-letter; a single-quoted span of one word is not
 * taken.
 *
 * Speech or not: a quotation is speech when a reporting cue attaches to it
 * (below), or, with no cue, when it is not in title case and has 5 words
 * or more, or 2 or more ending with . , ! ? or … A quotation right after a naming word
 * (data/<lang>/ quote-naming.txt: "surnommé", "intitulé", "dubbed", "titled") is a title or
 * nickname, never speech; so is one after a hyphenated naming word ("so-called", "soi-disant"),
 * and one in title case a word or two after a calling word (quote-name-calls.txt: "called",
 * "known as", "appelé", "dite"): a name ("a plot called 'Operation X'"). Words in marks alone
 * in brackets right after a word or a quotation are a gloss, no speech ("des foyers (« clusters
 * »)"), unless after a person's name, with a figure or ending as a sentence. A heading glued to
 * the text (below) that repeats two words or more of a quotation kept is speech. French lists
 * add more that are no speech: after a determiner and a scare word right before the mark
 * (quote-scare-words.txt: "un prétendu « … »"), after a determiner, a noun group and "dit"
 * (quote-called-words.txt: "un mandat dit « … »"), a short capitalized quotation right after
 * "à", "dans", "sur" (quote-title-preps.txt: a title), a sign as the cue's subject
 * (quote-signs.txt: "un panneau indique « … »"), and a poll's wording (quote-poll-words.txt
 * outside the marks and a "%" in the sentence). With the entities stage's result, a quotation that
 * is exactly one entity mention (a comma aside) after a word of its sentence is a name, no speech:
 * a work, a show, an event or a body ("comme « Un hiver à Lisbonne » de X", "son association « …
 * »"). Program code in the text (code.h) is never read for marks. Only speech is reported.
 *
 * Cues are data per language: data/<lang>/quote-verbs.txt (reporting verb
 * forms, one word: "déclaré", "tweeté", "qualifiée", "estime", "said",
 * "told", "wrote"), quote-locutions.txt (two words, a verb cue on the first,
 * an object of three words at most between them: "fait part", "a appelé
 * Moscou à"; not in a relative clause nor before a capitalized quotation),
 * quote-demands.txt (a verb cue right before the mark, a determiner apart
 * at most: "réclame un « … »"), quote-sources.txt (a source follows: "selon",
 * "according"), quote-opinions.txt (opening a sentence, a person's view
 * follows: "Pour X, …", "For X, …"), quote-agents.txt (a passive's agent:
 * "par", "by"),
 * quote-pronouns.txt ("il", "elle", "he", "she") and quote-roles.txt
 * (titles and roles that are not names: "président", "État", "Mr").
 * The speaker, first rule that applies:
 *  1. after the quotation, within 5 words of its sentence (or of the next
 *     sentence when the quotation closes its own): a verb cue, the speaker
 *     being the name or pronoun before the cue ("», Trump said", "he told")
 *     or else the phrase after it ("», a déclaré le maire"); a source cue
 *     ("», selon X"); an agent ("par X") when a verb cue stands just before
 *     the quotation ("qualifiée de « … » par les médias d'État russes");
 *  2. before it, a verb cue within 8 words of the mark ("X a tweeté que
 *     « … »", "en les qualifiant de « … »"): the nearest name before the cue
 *     in its clause, else a pronoun, else the noun group that opens the
 *     clause and reaches the cue, auxiliaries aside, as a descriptor ("Le
 *     syndicat des pilotes estime que"; an object group before the cue is
 *     not taken); or a source cue opening the clause ("Selon le maire,
 *     « … »"). In English a passive cue (a copula before it, an adverb
 *     apart at most: "she was called a '…'", "was widely branded '…'") has
 *     no speaker in its subject: the subject of an active cue before it
 *     speaks ("X said he had been told '…'"), else an agent between it and
 *     the mark ("was described by his neighbours as '…'"), else no one;
 *  3. with no cue around it: a short next sentence with a cue ("X said."),
 *     or the previous sentence ending with ":" and holding a cue; for a
 *     quotation opening the article, the next sentence however long, ending
 *     with an inverted cue ("« … ». X envisage de revenir, écrivait Le
 *     Parisien."); with no cue in its sentence, the next sentence's cue when
 *     an additive adverb (data/<lang>/quote-also.txt: "également") stands a
 *     few words before that sentence's quotation or cue, the cue next to the
 *     quotation ("S'y trouvait également « … », précise le communiqué", "X
 *     a également déclaré « … »").
 * A plural pronoun (quote-plurals.txt: "ils", "elles") opening the cue's
 * sentence stands for a group counted without a determiner that opens the
 * sentence before, or its main clause after an adverbial, as its cue's
 * subject: the group as written ("35 médecins réputés demandent …. Ils
 * dénoncent « … »").
 * A subject separated from its cue by a relative clause is found before it
 * ("Mr Hussen, 47, who is from Ethiopia, said"; relatives of data/<lang>/
 * compress-relatives.txt); a cue inside a relative clause ("X, chargée de
 * …, qui dénonce « … »") gives no speaker: the antecedent is too far to
 * tell among the names before it.
 * A name is a run of capitalized words that are not stop words, roles nor
 * words of data/<lang>/keyword-stopwords.txt (weekdays, months)
 * (a capitalized particle may join them: "Marine Le Pen"). Where adjectives
 * precede nouns (not in French, Spanish, Italian, Portuguese), one
 * capitalized word before a lower-case word that is not a cue is an
 * adjective ("Scottish independence"); a name ending in 's is a possessor,
 * its group speaks ("Tom Baxter's lawyer said"). A one-word name
 * right after a determiner names an institution by its noun group, which is
 * then the speaker ("le Conseil constitutionnel"). A descriptor is a noun
 * group opened by a determiner (data/<lang>/compress-determiners.txt) and
 * joined by the keyphrase joiners ("les médias d'État russes"); a
 * preposition's group after a cue is skipped ("a raconté à l'AFP un
 * policier"), with up to two more, dates, a noun group before one ("la
 * semaine dernière sur Franceinfo X") or an aside between commas ("a
 * ajouté, auprès de l'AFP, une employée"); a name completing a subject's
 * group that holds no person gives the group ("la procureure de Mulhouse,
 * évoquant"), a name before it in apposition aside. A pronoun is the last speaker given in the 5
 * sentences before, else the nearest name in the 2 sentences before, else no speaker. Words inside
 * quotations are never speakers, but for a named person's or body's inverted cue between commas
 * inside the marks, quoted words on both sides ("« …, explique Paul X, adjoint. … »", French),
 * which names the quotation's speaker.
 *
 * With the entities stage's result (in->ents): a name is an entity's mention
 * and the speaker is the entity, by its name (precis_quote.entity); a place is
 * a speaker only when nothing else is. A pronoun stands for the nearest person
 * next to a cue ("X said", "selon X") in its sentence or the two before, else
 * the nearest person in a subject's place (opening the sentence or a clause,
 * after a link, "Pour X,", or behind at most three words of a title:
 * "Scrum-half X was"), else the last speaker. A sentence whose main clause has
 * a pronoun of the same gender for subject ("Il en a profité",
 * "affirme-t-elle") is no distance: the pronoun goes on to the name that one
 * stands for. A person named out of the subject's place ("le maire interrompt
 * X") yields to the last speaker of the 2 sentences before, unless that
 * sentence holds a cue or one described ("The confident 23-year-old is")
 * stands between; a role's group opening the sentence stands for the person it
 * names or its referent ("L'ancien ministre a critiqué X"); "Ce dernier", "The
 * latter" (quote-latter.txt) opening it, the person named last before. A
 * definite or possessive descriptor headed by a role (quote-definites.txt,
 * quote-person-nouns.txt, hyphenated words too: "l'avocate", "la
 * porte-parole", "the lawyer", "United's head coach") stands for the person
 * given that role with the same complement, 12 sentences back or forward ("la
 * procureure de la République de Vienne, X" … "a indiqué la procureure de
 * Vienne"; "le président américain X" is not "le président de la République"),
 * else the last speaker (recent from the quotation that gave it), else the
 * nearest person named in the 8 sentences before and not given the role with
 * another complement, unless the last speaker, up to 24 sentences back, is
 * more salient. French: before the last speaker, an unnamed person a cue of the
 * sentence before gave words to, as its inverted subject or after "selon",
 * keeps the descriptor ("a confirmé un porte-parole …. « … », a indiqué ce
 * porte-parole"), and a person's name as the subject of the quotation's own
 * sentence is taken ("Son rival, X, a critiqué … : « … », a déclaré l'ancien
 * vice-président"). English: before the last speaker, a person who is the
 * subject of a cue (right after the name or one stop word after it, or
 * after "according to") in the 2 sentences before, named after the last
 * speaker's name or with no speaker yet, is taken ("Team member X said the
 * squad would wait. '…,' said the former coach"). A person of the other
 * gender than the descriptor's determiner ("le", "la", "ce", "cette", "cet")
 * is never the last speaker it stands for; a noun of a person by no role
 * (data/fr/quote-people.txt: "homme") heads such a descriptor after an
 * adjective ("le jeune homme", not
 * "l'homme"). One headed by an organisation's noun (entity-org-words.txt:
 * "the agency") stands for the last speaker or an organisation said to speak
 * just before; by a noun of a kind of organisation (quote-org-nouns.txt: "le
 * magazine", "le parti") else for the nearest organisation named before. A
 * descriptor never stands for what its complement names ("le porte-parole de
 * la société X"). The capitalized end of a lower-case compound ("a neo-Nazi")
 * is no name. A pronoun does not stand for a person after a preposition of the
 * channel or the listener (quote-channels.txt: "a confié à X", "sur Radio X").
 * A participle's agent ("Le parti dirigé par X a qualifié") and the names of
 * an apposition after a name that opens the sentence ("Horizons.v, le
 * mouvement fondé par X, évoque"; "Sydney, 19, said") are not the subject; a
 * relative clause right after a name speaks for it ("par la Belgique qui a
 * appelé Paris à « … »"); an inverted cue right after the quotation names its
 * speaker even past a verb cue before it ("être jugé en 2025, « … », a indiqué
 * X"). A quotation standing as a heading glued to the text (after a stop,
 * without one of its own, its closing mark glued to a capital or another
 * quotation: "… a jugé le tribunal.\"Une décision attendue\"Les élus ont …")
 * has no speaker, and the quotation after it takes the speaker of the one
 * before it. Then, in order: a name in apposition after a descriptor ("un
 * responsable, le colonel X"); the words after the quotation opening with a
 * name ("X, 27, told"); the sentence before ending with a cue ("…, a annoncé
 * le ministère. « … »"); with no cue, the first person or organisation opening
 * the quotation's sentence. Quotations joined by a link (quote-links.txt: "« …
 * » et « … », a dit X") share the speaker of the second; one opening its
 * sentence right after another, or with no speaker in the sentence of one,
 * takes its speaker ("X a qualifié d'« … » la mesure, rejetant « … »"), and so
 * does one ending the sentence right after, no one named before it there ("Et
 * de résumer : « … »"). A person's name in brackets right after a quotation
 * speaks ("« … » (Gérald X)"). A participle after a comma ("X a attaqué Y, le
 * traitant d'« … »", "calling him") reports for the subject of the clause
 * before it when that clause has no cue. A noun of a kind of organisation
 * ("l'association") stands for the nearest organisation named before, not one
 * named as the channel ("sur Twitter"); a one-word name after a determiner
 * counts as one ("Le Sidaction"). A quotation after a naming word, a joiner
 * and a name is a title ("l'émission de France 2 « … »"); one of two sentences
 * is no heading. A stop glued to the next word (lost line breaks:
 * "crise.L'opposition") ends a sentence; a quotation run over paragraphs whose
 * breaks were lost (". 'Whatever") is one quote per paragraph. "it"
 * (quote-org-pronouns.txt) stands for an organisation said to speak before. A
 * heading in capitals glued to the text is no speaker ("EXPERT VERDICT"), nor
 * part of one; an acronym after a role ("l'élu LFI") is no person. Where
 * adjectives follow nouns (French): a person after a role's complement name
 * speaks ("le maire de Brévigny Paul Moreau (LR)"), and so does one after a
 * role and a party's or a body's name with its acronym in brackets ("la
 * députée La République en marche (LREM) Claire X"); an auxiliary after a comma
 * before a cue inverts it ("« … » à la petite Léna, a ajouté l'élu": the
 * subject after; an adverb may follow the auxiliary: ", ont notamment
 * dénoncé X"), also for the sentence before a quotation alone; channels
 * opening a sentence ("Interrogée sur BFMTV/RMC,") are no subject; a name
 * completing a person's or a body's noun opening the clause gives the group
 * ("le cabinet de Mme X a fait savoir", past adjectives, nouns, joiners and
 * names that are no person's: "Le compte X de la police de Y évoque"); a noun
 * of a kind of organisation stands first for an organisation whose name holds
 * it ("le magazine", "Figaro Magazine"); a role after an organisation's
 * quotation stands for the last person who spoke; a participle cue after a
 * clause that quotes with a cue takes that quotation's speaker ("…, parlant
 * d'une « … »"); an adverbial between an inverted cue and a person's name is
 * stepped over ("écrit en particulier X", "a écrit de son côté X"). A work, an
 * event or a product is never a pronoun's speaker, nor, in the pronoun's own
 * sentence, a name complementing a common noun before the main clause the
 * pronoun opens ("Interrogé sur la stratégie de Sven X, il rétorque", "In
 * an episode of Dr Phil airing Monday, he says"). A fragment of fewer than
 * 5 words with no cue after a quotation of its sentence has that
 * quotation's speaker: 6 tokens at most between, no cue, copula, quotation
 * or name when it opens in lower case, else only links, determiners,
 * joiners and stop words ("une « … » ou encore une « … »"). English conventions: a name
 * modifying a person noun after a determiner ("a BAA spokesman said", "the
 * Tory leader said") gives the group, not the name; a definite one is headed
 * by its last noun and stands for the person given that role; so does a body's
 * name opening the clause with no determiner, lower-case words up to a person
 * noun before the cue ("X Racing team managing director told"). A participle
 * before its agent ends a descriptor ("the notice issued by …"). A mark left
 * open at a paragraph's end that closes a sentence, the next paragraph opening
 * with the same mark, ends there. A quotation that is its own sentence, with
 * no cue, after a sentence whose subject is a full or titled person's name or
 * a pronoun, is theirs. A subject and its cue ending the sentence after a
 * comma ("…, the Tory leader said.") speak for a quotation earlier in it. A
 * pronoun after a sentence whose cue gave its quotation a speaker, no person
 * next to that cue, stands for that speaker. Captions and lines that are no
 * sentences (no final stop, or a short line opening with a label: "Pictured:
 * …"; doc.h) holding no quotation nor cue name no speaker, and a caption run
 * into the text before a quotation (no stop between, no cue in it unless a
 * name has its place in the picture in brackets) is not its subject nor an
 * antecedent past its sentence; neither counts as distance. English, too: a
 * participle cue speaks for the noun group an absolute's "with" opens ("with
 * one follower musing:"), or, after a comma, for a bare plural of people
 * opening its clause ("Three judges dismissed …, saying"), and is never an
 * inverted cue (", accusing the judges of"); "they" next to a cue
 * (quote-plurals.txt) stands for a group of people that spoke in the sentence
 * before or two, never for one person; a person's document opening the
 * sentence ("His report … found", quote-owners.txt and quote-documents.txt)
 * speaks for its writer; sentences in marks with no cue after a quotation
 * whose cue named a person, no person, cue or person's pronoun between, go on
 * with that person. French, too: "autre", "même" after a determiner go on
 * with its noun group (quote-det-adjectives.txt: "une autre source");
 * "Pour lui, …" opening a sentence gives the view's holder as "il" would
 * (quote-stressed-pronouns.txt), and an aside may stand between the holder
 * and the comma ("Pour M. X toutefois,"); a participle of writing after
 * "est-il" names the document after "dans" ("est-il écrit dans le
 * protocole", quote-reading.txt); a source closing the sentence after a
 * comma ("…, selon l'Association X (AX).") names the speaker of speech with
 * no cue near; a person named after an adverbial that opens the sentence
 * and ends at a comma is its subject for a pronoun's cue; a descriptor that
 * stands for no one named before names the body or person opening the next
 * sentence, first named there and of its gender ("« … », écrit le syndicat.
 * La CGT appelle"); an inverted cue inside the marks whose subject is a
 * descriptor gives the quotation to it, or to whom it stands for.
 * Later, French: a demonstrative descriptor ("cet employé", "ce dernier")
 * stands for the person named last before it, in its sentence or the one
 * before, not of the other gender, unless its noun was given to someone
 * unnamed just before ("un porte-parole"); a role given before with no
 * complement ("la députée LREM Anne X") is the person a later descriptor
 * with one stands for ("la députée de la Somme"); quote-person-nouns.txt
 * names nouns of trades and ages ("l'édile", "la trentenaire"); "ils",
 * "elles" next to a cue go to a group of people ("les chercheurs") opening
 * a clause of the sentence or the one before rather than to one person
 * named near; a participle opening the sentence, the quotation in its
 * clause, reports for the subject after the comma closing that clause
 * ("Assurant que « … », le ministre a invité"). English: a cue after "and"
 * or "but" shares the subject after a title ("Mr X"), of an organisation's
 * name, or of a person's name in apposition after a possessive's role ("X's
 * lawyer, Jim Y, … but added"); a name in a list of names, another
 * person's name after it past a comma or "and", is no subject. English, a
 * text read: a verb of reading (quote-read-verbs.txt) next to a noun of a
 * text (quote-read-nouns.txt: "'…,' a club statement read") is a cue, and
 * right before a colon or a comma and the mark ("The incident report read:
 * '…'", "The letter, seen by X, reads:") gives the words to the document's
 * group; "he" past either goes to the last person who spoke. "'…,' X quoted
 * an official as saying" (quote-relay-verbs.txt) gives them to the group
 * quoted, not to the medium; "it" next to a cue stands for a body or a
 * definite group of no person opening a sentence before as its subject,
 * and "It says" opening a sentence for a document's group opening the one
 * before. French: a role's other noun (quote-offices.txt: "l'édile" after
 * "le maire de X, Jean Y") stands for the person given that role; "l'un
 * des …" stands for no one named before: a person named in apposition
 * after its complement, else the group.
 * Later still, English: "the latter", "the former" after two people joined
 * by "and" in the sentence or the two before stand for the second, the
 * first ("the latter" with no such pair, the person named last); a name
 * inside a determiner's group headed by a lower-case role noun is no
 * speaker, the group is ("the former Hartley midfielder said"), and a
 * determiner's group of lower-case words headed by a person's noun right
 * before the cue, after a name, is the subject ("… in Leeds the woman
 * says"); the role's noun of a descriptor, used again after a person
 * named (past an apposition, and not said of them after a copula: "who
 * has been a customs officer"), names others, so the descriptor does not
 * stand for that person ("X … gives officers his address. The officer
 * says"); a passive's subject ("X was criticised by Y") and a subject's
 * second verb after "and" are not a person said to speak; a definite
 * group ending on a noun of a body's kind names the body ("The school
 * issued an apology"); a cue after an apposition's comma, no person after
 * it, takes the subject before the apposition; a person's pronoun next to
 * the cue that stands for a person of its gender is a firm answer; first
 * names given to either sex (quote-either-names.txt: "Jean", "Chris") tell
 * no gender. French: a quotation with no cue of its own in a sentence that
 * another quotation closes with an inverted cue is that cue's speaker's
 * ("« … » sur le stade, « … », a indiqué la préfecture"); a quotation
 * opening the text as a sentence of its own, no speaker found, is the
 * subject's that the next sentence or the one after names first, not a
 * name completing a noun ("… dans les colonnes du Monde, Anne X"); an
 * adverb in "-ment" between an inverted cue and its subject's determiner
 * is crossed ("assure carrément un membre du gouvernement"); a descriptor
 * closing on a person's name after its complement names that person ("le
 * président de l'Assemblée Paul X", not "l'avocat de Paul X").
 * Also, English: a quotation opening its sentence, a full sentence with no
 * cue, source or pronoun there, after no quotation in the three sentences
 * of its paragraph before it, is the subject's of the last reporting cue
 * there, and with neither cue nor person named between it and the
 * quotation before, goes on with that one's speaker; a quotation with no
 * speaker in a sentence that a clause of speech closes past its last comma
 * is that clause's subject's ("…, the health minister has told MPs."); a
 * determiner's group headed by a person's noun before a relative speaks
 * for the cue after it ("one trader, who …, told"), and a pronoun's
 * quotation right after that group's goes on with it; an agent after the
 * mark is none of speech when the quoted words' own subject or copula
 * stands between the cue and the mark ("She said she was 'shocked' by");
 * a person's possessive and a noun or two before a name are that name's
 * title ("X's ex-wife Ann Y"), and an organisation's or a place's name in
 * a title before a role keeps the name after it in the subject's place.
 * French: a compound first name not listed takes its first part's gender
 * ("Marie-Laure"); a role's group with a determiner of no gender opening
 * the sentence before as its cue's subject ("L'homme politique estime")
 * gives a pronoun the person of its gender named before it as such, when
 * no same role's noun names someone else between and no quotation there
 * or in the sentence before went to a person of that gender; a name in a
 * list of names, another after it past a comma or "et", is no pronoun's
 * subject, as with "and" in English. French, too: a place in brackets
 * after a role's complement ("le maire de X (Lot)") is no apposition, a
 * name after its bracket and a comma is; neither it nor an acronym in
 * brackets ends the role given to a name after them ("le maire de X
 * (Lot), Paul Y"); a person's descriptor keeps its participle and agent
 * in the speaker's words ("l'homme interrogé par le site X").
 * English again: "he", "she" next to the cue stand for no name after a
 * determiner ("the Y magazine") nor organisation when a person of their
 * gender is named in the sentence or the two before; an organisation's or
 * a place's name inside a definite group headed by a person's noun ("the
 * Tory leader", "the Labour MP for X and Y") gives the group, which
 * stands for a person as descriptors do; a spokesperson's noun group with
 * an organisation's name before the noun or as its complement ("A
 * spokeswoman for the X Office said") is what a later "she said" stands
 * for; a definite group of a role that speaks for others unnamed
 * (quote-unnamed-roles.txt: "the spokesman", "the source") stands for a
 * person named before only when given that role; "it" next to a cue,
 * no body found, takes the subject of the last cue before it when a name
 * of no person of known gender ("DrKW said …. '…,' it added"); and,
 * after the scored choice, a quotation with no speaker with only marks
 * and spaces between it and a neighbour (one speech, a paragraph's closing
 * mark lost: "… scratches. \"The picture …"), the first closing a
 * sentence and the next opening one, takes that neighbour's speaker. A
 * name after a preposition after a role ("A spokesman for Jo X") is not
 * given that role; two bodies joined by "and" as a cue's subject speak by
 * the first ("The Conservatives and Lib Dems both say").
 */
#ifndef PRECIS_QUOTES_H
#define PRECIS_QUOTES_H

#include "precis_internal.h"

/* What the stage reads: the normalized text, its paragraphs, its sentences
 * and all their tokens in text order (PRECIS_TOK_* flags, and term ids: a
 * capital opening a sentence is a name only if the same term is capitalized
 * inside a sentence somewhere). */
typedef struct precis_quote_input {
    const char *text; /* NUL-terminated: rules read the byte after a token, the last one's too */
    const precis_paragraph *paras;
    size_t n_paras;
    /* program code in the paragraphs (code.h), sorted: no quotation nor
     * name is read there. NULL / 0: none. */
    const struct precis_code_span *code;
    size_t n_code;
    const precis_sentence *sents; /* tok ranges into toks */
    size_t n_sents;
    const precis_token *toks;
    size_t n_toks;
    /* every term id of toks is below it (the analysis's vocabulary); 0:
     * unknown, read from the tokens (precis_quote_terms) */
    size_t n_terms;
    /* the tokens' folded forms (precis_analysis.folded): token i's starts at
     * folded + toks[i].fold; precis_quote_folded() gives its length */
    const char *folded;
    size_t folded_end; /* where the form of token n_toks - 1 ends */
    /* the lexicon of the text's language, whose entries toks[].classes are
     * (NULL: no word is in a list) */
    const precis_lexicon *lex;
    /* The entities stage's result (entities.h), when it ran: speakers that
     * are entities are given by the entity's name, pronouns and roles
     * resolve to them. NULL / 0: names are found here alone. */
    const struct precis_entity *ents;
    size_t n_ents;
    const struct precis_entity_mention *ments;
    /* How speakers are chosen at the end (speakers.h: PRECIS_SPK_*; 0 the
     * default); with spk_dump (a vec of precis_spk_cand, for the fitting
     * tool only) every quotation's candidates are appended to it. */
    int spk_mode;
    precis_vec *spk_dump;
} precis_quote_input;

/* First token starting at or after byte off (in->n_toks when none): a
 * binary search without branches (the halving's direction is a
 * conditional move; asked hundreds of times an article, its branches were
 * mispredicted half the time). */
static inline size_t precis_quote_tok_from(const precis_quote_input *in, size_t off) {
    const precis_token *t = in->toks, *base = t;
    size_t n = in->n_toks;
    if (n == 0) return 0;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].off < off ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t) + (base->off < off);
}

/* The index of the paragraph that holds byte off (0 when none does). */
static inline size_t precis_quote_para_at(const precis_quote_input *in, size_t off) {
    size_t lo = 0, hi = in->n_paras;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (in->paras[mid].off <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* Length of token i's folded form (i < in->n_toks). */
static inline size_t precis_quote_folded(const precis_quote_input *in, size_t i) {
    return (i + 1 < in->n_toks ? in->toks[i + 1].fold : in->folded_end) - in->toks[i].fold;
}

/* The folded text (precis_fold, precis_fold_to) of the len bytes from token
 * a's start (len >= 1, within in->text), written to out[0, cap) without
 * folding again: made of the tokens' folded forms (in->folded) and the
 * ASCII bytes between them, lowered, when that is the same string. Folding
 * is per character but for composition and canonical reordering, which
 * never reach across a cut before an ASCII byte or a Latin letter (U+00C0 to
 * U+027F, lead bytes 0xC3 to 0xC9: "é" of "l'épidémie"; no character
 * composes with the one before it), so each token used whole (at most
 * PRECIS_FOLD_TOK_MAX bytes, within precis_fold_to's limits) starts the
 * span or with an ASCII byte or such a letter, and is followed by an ASCII
 * byte or the span's end.
 * Returns the folded length; 0 when it does not fit in cap; SIZE_MAX when
 * it cannot be made so (a byte not ASCII outside a token used whole): the
 * caller folds the bytes themselves. The text must be valid UTF-8 (the
 * normalized text is). */
#define PRECIS_FOLD_TOK_MAX 64
static inline size_t precis_quote_fold_span(const precis_quote_input *in, size_t a, size_t len,
                                            char *out, size_t cap) {
    const precis_token *t = in->toks;
    const unsigned char *s = (const unsigned char *)in->text;
    size_t off = t[a].off, end = off + len, pos = off, i = a, m = 0, n = in->n_toks;
    if (len == t[a].len && len <= PRECIS_FOLD_TOK_MAX) { /* one token, whole */
        m = precis_quote_folded(in, a);
        if (m > cap) return 0;
        memcpy(out, in->folded + t[a].fold, m);
        return m;
    }
    while (pos < end) {
        while (i < n && t[i].off < pos)
            i++;
        if (i < n && t[i].off == pos) {
            size_t tl = t[i].len;
            if (tl <= end - pos && tl <= PRECIS_FOLD_TOK_MAX &&
                (pos == off || s[pos] < 0x80 || (s[pos] >= 0xC3 && s[pos] <= 0xC9)) &&
                (pos + tl == end || s[pos + tl] < 0x80)) {
                size_t fn = precis_quote_folded(in, i);
                if (fn > cap - m) return 0;
                memcpy(out + m, in->folded + t[i].fold, fn);
                m += fn;
                pos += tl;
                i++;
                continue;
            }
            i++; /* not used whole: its bytes as those between tokens */
        }
        /* the bytes up to the next token, ASCII, lowered */
        size_t stop = i < n && t[i].off < end ? t[i].off : end;
        for (; pos < stop; pos++) {
            if (s[pos] >= 0x80) return SIZE_MAX;
            if (m == cap) return 0;
            out[m++] = (char)(s[pos] >= 'A' && s[pos] <= 'Z' ? s[pos] + 32 : s[pos]);
        }
    }
    return m;
}

/* A bound of the term ids of in's tokens: in->n_terms, else read from them. */
static inline size_t precis_quote_terms(const precis_quote_input *in) {
    size_t n = in->n_terms;
    for (size_t i = 0; !in->n_terms && i < in->n_toks; i++)
        if (in->toks[i].term >= n) n = (size_t)in->toks[i].term + 1;
    return n;
}

enum { PRECIS_SPEAKER_NONE, PRECIS_SPEAKER_NAME, PRECIS_SPEAKER_DESCRIPTOR };

typedef struct precis_quote {
    size_t off, len;                 /* the quoted words, inside the marks, trimmed */
    size_t mark_off, mark_end;       /* from the opening mark to after the closing one; a
                                        quotation left open (ended at its sentence or its
                                        paragraph) ends where its words do, or after the
                                        spaces that follow them */
    int speaker_kind;                /* PRECIS_SPEAKER_* */
    size_t speaker_off, speaker_len; /* in text; for a pronoun, the name it stands for */
    long entity;                     /* the speaker's index in ents, or -1 */
    int speaker_firm;                /* the rules' answer is a convention, no guess: a cue's
                                        own speaker (a role resolved to its holder, the
                                        medium of "écrit le magazine", a participle's
                                        subject), a charge's or a heading's none, a list's
                                        speaker; the constrained mode keeps it */
} precis_quote;

/* The stage's word lists and their tags, for the lexicon (lexicon.h). */
extern const precis_word_tag precis_quote_word_tags[];

/* Per-language cues, built once; immutable (safe for concurrent calls).
 * NULL on OOM or an unknown language. */
typedef struct precis_quoter precis_quoter;
precis_quoter *precis_quoter_new(const char *lang, const precis_alloc *alc);
void precis_quoter_free(precis_quoter *q);

/* Appends the speech quotations of in to out (precis_quote, cleared first),
 * in text order. Linear in the text, except a pronoun's look-back bounded by
 * sentences. Returns 0 or -1 on OOM (out then empty). */
int precis_quotes_find(const precis_quoter *q, const precis_quote_input *in, precis_vec *out);

/* The stage's input from an analysed document (analysis.h): its paragraphs,
 * its considered sentences and their tokens, the title's left out. */
struct precis_analysis;
void precis_quotes_input(const struct precis_analysis *a, precis_quote_input *in);

#endif /* PRECIS_QUOTES_H */

/**
 * Function words (folded: lower case, no accents) that carry no evidence of correspondence. They
 * are frequent on both sides, and many share a four-letter prefix with an unrelated word of the
 * other language ("pour"/"pour", "comme"/"come", "mais"/"maid"), so they would fake cognates.
 * Only words of three letters or more matter: shorter ones are never used as evidence.
 */

const FRENCH = `
les des une aux par sur sous dans avec sans pour vers chez entre contre depuis pendant avant apres
devant derriere parmi selon malgre hors jusque jusqu envers
qui que quoi dont quel quelle quels quelles lequel laquelle lesquels lesquelles duquel auquel
elle elles ils nous vous lui leur leurs eux moi toi soi mon ton son mes tes ses notre votre nos vos
cet cette ces celui celle ceux celles ceci cela ici voici voila
est sont etait etaient sera seront serait seraient etre ete suis sommes etes fut furent soit
avait avaient aura auront aurait auraient avoir eut eurent ont avez avons ai as
fait faire fais faisait fit
mais donc car puis ainsi alors aussi encore deja toujours jamais meme tres trop peu plus moins
bien tout tous toute toutes rien personne chaque autre autres quelque quelques tant tel telle
comme comment quand lorsque lorsqu puisque parce afin non oui pas point
peut pouvait pourrait dit dire
`;

const ENGLISH = `
the and but for nor yet with from into onto upon over under about above below after before
between through during without within against among toward towards than then there here
that this these those what which who whom whose when where why how
his her hers him she they them their theirs its our ours your yours you mine myself himself
herself itself themselves ourselves yourself
are was were been being has had have having did does doing done will would shall should
can could may might must
not all any some such each every other another more most much many very too also only just
still even ever never once again always already now out off own same both either neither
one ones said say says thing things
`;

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const FRENCH_STOPWORDS = toSet(FRENCH);
export const ENGLISH_STOPWORDS = toSet(ENGLISH);

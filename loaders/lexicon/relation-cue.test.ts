/**
 * A clause is tagged and read for relations only where its text holds a word every relation template writes
 * (`relationCue`): a template's required word, or one of the words of a group of alternatives it requires where
 * that is the better cue. The cue must match every text some template matches.
 */
import fc from 'fast-check';
import { requiredChoice } from './compile';
import { LEXICONS, lexiconFor } from './index';
import { withoutLookarounds } from '../../test/support/regex-sources';

/** Letters in upper or lower case, by a mask: the templates match in any case where the language has case. */
const recased = (text: string, mask: readonly boolean[]): string =>
  [...text].map((ch, i) => (mask[i % mask.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

describe('the relation cue', () => {
  it.each([
    [
      '{A}(?: \\([^()\\n]+\\))?,? (?:was )?(?:established|created|set up) (?:in {WORDS} )?by {LIST}',
      ['established', 'created', 'set up'],
    ],
    ['{LIST}(?:于{WORDS})?(?:共同)?(?:设立|发起|创建|成立)(?:了|的)?{A}', ['设立', '发起', '创建', '成立']],
    ['(?:запуск(?:а|ом|е)?|создани(?:е|я|ем)) {A} {LIST}', ['запуск', 'создани']],
    ['(?:créée?|établie?) conjointement par {LIST}', ['créé', 'établi']],
    ['(?:{A}|(?<=⟧[，,]\\s{0,2})该(?:倡议|焦点组))是{B}的(?:继承者|继任者)', ['继承者', '继任者']],
    ['(?:головная|вышестоящая) группа ?: {B}', ['головная', 'вышестоящая']],
  ])('%s requires one of %j', (template, words) => {
    expect(requiredChoice(template)).toEqual(words);
  });

  it.each([
    ['an optional group', 'reports to (?:the )?{B}'],
    ['a group with a slot for an alternative', '(?:{A}|the group) reports to {B}'],
    ['a group repeated up to a number of times', '(?:of|by){0,2} {LIST}'],
    ['a look-ahead', '(?=(?:In|On)[^\\p{L}]){A} reports to {B}'],
    ['an alternation at the top level', 'reports to {B}|(?:parent|lead) group: {B}'],
  ])('reads no group from %s', (_, template) => {
    expect(requiredChoice(template)).toBeNull();
  });

  // Every clause the cue finds is tagged and scanned by all the templates: phrases every resolution writes must not
  // be cues where no template can match them.
  it.each([
    ['an instruction to report, which the look-behind of the plural "report to" rules out', 'to report to the Council'],
    ['a modal before "report to"', 'that the Focus Group would report to TSAG'],
    ["an instruction's collaborators", 'instructs Study Group 16, in collaboration with Study Group 20, to study'],
    ['a clause with "by" alone', 'the report prepared by the Director of the Bureau'],
  ])('is not found in %s', (_, text) => {
    expect(lexiconFor('en')?.relationCue?.test(text)).toBe(false);
  });

  it.each([
    ['fr', "charge la Commission d'études 16, en étroite collaboration avec la Commission d'études 20, d'étudier"],
    ['es', 'encarga a la Comisión de Estudio 16, en estrecha colaboración con la Comisión de Estudio 20, que estudie'],
  ])("is not found in an instruction's collaborators (%s)", (language, text) => {
    expect(lexiconFor(language)?.relationCue?.test(text)).toBe(false);
  });

  // French and Spanish resolutions write these in nearly every text: the rows are written out so that none is a cue.
  it.each([
    ['fr', 'an agent after "par"', 'la Résolution 65, adoptée par la Conférence, relative à la cybersanté'],
    ['fr', '"par" alone', "d'identifier, par exemple, des bonnes pratiques"],
    ['fr', 'the noun of a creation', 'que la création de normes est essentielle'],
    ['fr', '"établi" opening a longer word', "les établissements universitaires et l'établissement de stratégies"],
    ['fr', 'the infinitive "établir"', "d'établir des mécanismes de coordination"],
    ['fr', 'the noun "mise en place"', "la mise en place d'une base de données"],
    ['fr', '"sous l\'" alone', "sous l'autorité du Conseil"],
    ['fr', '"suite" alone', 'à la suite des travaux antérieurs'],
    ['fr', 'cooperation among Member States', 'la coopération entre les États Membres'],
    ['es', 'an agent after "por"', 'la Resolución 65, adoptada por la Conferencia, sobre cibersalud'],
    ['es', '"por" alone', 'que identifique, por ejemplo, prácticas idóneas'],
    ['es', 'the infinitive "crear"', 'que insta a los Estados Miembros a crear estrategias'],
    ['es', 'the noun of a creation', 'que la creación de normas es esencial'],
    ['es', '"cre" inside a word', 'la Secretaría General y el decreto'],
    ['es', 'the infinitive "establecer" and its noun', 'establecer mecanismos para el establecimiento de sistemas'],
    ['es', '"informa" opening "información"', 'las tecnologías de la información y la comunicación'],
    ['es', '"depende" opening "dependencia"', 'la dependencia de los sistemas'],
    ['es', 'the noun "puesta en marcha"', 'la puesta en marcha de proyectos piloto'],
    ['es', 'taking part in the work of a group', 'que participe en la labor de la Comisión de Estudio 17'],
    ['es', 'cooperation among Member States', 'la cooperación entre los Estados Miembros'],
  ])('is not found in a %s resolution phrase: %s', (language, _, text) => {
    expect(lexiconFor(language)?.relationCue?.test(text)).toBe(false);
  });

  it.each([
    ['fr', "Le FG-AI4H a été mis en place par la Commission d'études 16"],
    ['fr', "La GI-AI4H, mise en place en 2023 par l'UIT, est une plate-forme"],
    ['fr', "Le FG-AI4H, établi par la Commission d'études 16, a achevé ses travaux"],
    ['fr', "Le FG-AI4H, qui fut mis en place par la Commission d'études 16"],
    ['fr', 'La GI-AI4H fait suite au FG-AI4H'],
    ['fr', "La GI-AI4H est placée sous l'égide de la Commission d'études 16"],
    ['es', 'El FG-DH informa al GANT'],
    ['es', 'El FG-DH depende de la Comisión de Estudio 16'],
    ['es', 'la Comisión de Estudio 16 creó el Grupo Temático'],
    ['es', 'La GI-AI4H fue puesta en marcha por la UIT'],
    ['es', 'La GI-AI4H, puesta en marcha durante 2023 por la UIT, es una plataforma'],
    ['es', 'El FG-AI4H, que ha sido establecido por la Comisión de Estudio 16'],
  ])('is found in the %s page sentence %j', (language, text) => {
    expect(lexiconFor(language)?.relationCue?.test(text)).toBe(true);
  });

  it.each([
    ['a plural subject', 'FG-AI4H and FG-DH report to Study Group 21'],
    ['a partnership in so many words', 'GI-AI4H works in close collaboration with WHO'],
    ['a joint launch', 'GI-AI4H was jointly launched by ITU, WHO and WIPO'],
    ['a co-launch', 'GI-AI4H was co-launched by ITU and WHO'],
  ])('is found in %s', (_, text) => {
    expect(lexiconFor('en')?.relationCue?.test(text)).toBe(true);
  });

  it.each(LEXICONS.map((l) => [l.language]))('is set for %s', (language) => {
    expect(lexiconFor(language)?.relationCue).not.toBeNull();
  });

  it.each(LEXICONS.map((l) => [l.language]))(
    'matches every text a %s relation template matches, in any case and spacing',
    (language) => {
      const lex = lexiconFor(language);
      if (!lex?.relationCue) throw new Error(`no relation cue for ${language}`);
      const cue = lex.relationCue;
      const patterns = lex.relations.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '')));
      // Texts each template's source (without look-arounds) matches in, with text around them, in any case.
      const texts = fc.oneof(
        ...patterns.map((re) =>
          fc
            .tuple(
              fc.stringMatching(new RegExp(withoutLookarounds(re.source), 'u')),
              fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
            )
            .map(([text, mask]) => recased(text, mask)),
        ),
      );
      fc.assert(
        fc.property(texts, (text) => {
          if (patterns.some((re) => re.test(text))) expect(cue.test(text)).toBe(true);
        }),
        { numRuns: 1500 },
      );
    },
  );
});

/**
 * A short WTDC resolution (Resolution 65, Kigali, 2022) in each of the six languages, for the loaders' tests: one
 * preamble section holding `item`, one operative section with an unnumbered body, and `after` (annexes, say) at the
 * end. Written for the tests.
 */
export type Language = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';

export const WTDC: Record<Language, (item: string, after?: string) => string> = {
  en: (item, after = '') =>
    `RESOLUTION 65 (Rev. Kigali, 2022)\nTelehealth for all\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\n${item}\nresolves\nto continue this work.\n${after}`,
  fr: (item, after = '') =>
    `RÉSOLUTION 65 (Rév. Kigali, 2022)\nLa télésanté pour tous\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nrappelant\n${item}\ndécide\nde poursuivre ces travaux.\n${after}`,
  es: (item, after = '') =>
    `RESOLUCIÓN 65 (Rev. Kigali, 2022)\nLa telesalud para todos\nLa Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),\nrecordando\n${item}\nresuelve\ncontinuar esta labor.\n${after}`,
  ru: (item, after = '') =>
    `РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)\nТелемедицина для всех\nВсемирная конференция по развитию электросвязи (Кигали, 2022 г.),\nнапоминая\n${item}\nрешает\nпродолжать эту работу.\n${after}`,
  zh: (item, after = '') =>
    `第65号决议（2022年，基加利，修订版）\n人人享有远程医疗\n世界电信发展大会（2022年，基加利），\n考虑到\n${item}\n做出决议\n继续开展这项工作。\n${after}`,
  ar: (item, after = '') =>
    `القرار 65 (المراجَع في كيغالي، 2022)\nالصحة عن بعد للجميع\nإن المؤتمر العالمي لتنمية الاتصالات (كيغالي، 2022)،\nإذ يذكّر\n${item}\nيقرر\nمواصلة هذا العمل.\n${after}`,
};

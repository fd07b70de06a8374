// Korean names appear inside English text; marking them lang="ko" lets screen readers
// switch voice (WCAG 3.1.2, language of parts).
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

export const langOf = (text: string): 'ko' | undefined => (HANGUL.test(text) ? 'ko' : undefined);

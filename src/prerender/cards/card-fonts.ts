// The card font's files: Nanum Gothic, whose three weights draw Hangul and Latin alike.
// A module of its own so that reading the fonts' character maps (card-glyphs.ts) does not
// load the painter (render-card.ts) on a thread that draws no card.
export const CARD_FONT_FILES = [
  { weight: 400, file: '@expo-google-fonts/nanum-gothic/400Regular/NanumGothic_400Regular.ttf' },
  { weight: 700, file: '@expo-google-fonts/nanum-gothic/700Bold/NanumGothic_700Bold.ttf' },
  {
    weight: 800,
    file: '@expo-google-fonts/nanum-gothic/800ExtraBold/NanumGothic_800ExtraBold.ttf',
  },
] as const;

// Romanized words that look like Korean given names but are places, common Korean words or
// brands outside entertainment: never the given name of a name found by its shape ("Kim
// Seoul"). Networks, agencies and groups are not listed here: the knowledge names them
// (korean-name-spans.ts takes their one-word names from it).
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `seoul busan incheon daegu gwangju daejeon ulsan jeju gangnam gangbuk hongdae itaewon
  myeongdong insadong suwon pohang gyeongju jeonju chuncheon sokcho yeosu tongyeong
  gyeonggi gangwon chungcheong jeolla gyeongsang hallyu daesang bonsang sunbae hoobae
  maknae oppa unnie noona hyung aegyo chaebol kimchi bibimbap soju makgeolli hanbok hangul
  hangeul chuseok seollal samsung hyundai lotte hanwha coupang kpop`.split(/\s+/),
);

// Words that end the name of a place where events happen: a name inside such a run is part
// of the venue's name ("KBS Hall", "Blue Square SOL Travel Hall", "Gocheok Sky Dome"), not
// a tag of the network or the singer it contains.
export const VENUE_WORDS: ReadonlySet<string> = new Set(
  `hall arena stadium dome center centre theater theatre plaza square station tower
  gymnasium museum hotel university airport convention auditorium coliseum pavilion`.split(/\s+/),
);

// Months and weekdays: capitalised, never a name or a title by themselves.
export const CALENDAR: readonly string[] =
  `January February March April May June July August September October November
  December Monday Tuesday Wednesday Thursday Friday Saturday Sunday`.split(/\s+/);

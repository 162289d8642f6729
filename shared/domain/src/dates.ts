const parisDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Paris ("2026-07-14"): the day a person means by "aujourd'hui". */
export const aujourdhui = (now = new Date()) => parisDate.format(now);

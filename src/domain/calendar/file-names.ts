/**
 * Names a downloaded calendar file is saved under. The URLs keep the content model's short
 * names (`sessions/1.ics`, `calendar.ics`); a Downloads folder full of `1.ics` would say nothing,
 * so each link asks the browser to save the file under a name that says what it is, in the
 * romaji the ids are written in.
 */
export const calendarFileNames = {
  /** `kaigo-hatarakikata-osm-1.ics`: the request and the number of its session. */
  session: (requestId: string, number: number) => `${requestId}-${number}.ics`,
  /** `aoki-miho-yotei.ics`: a facilitator's own calendar (予定). */
  facilitator: (id: string) => `${id}-yotei.ics`,
  /** `somu-kikaku-kaisai-yotei.ics`: the sessions of a department's requests (開催予定). */
  department: (id: string) => `${id}-kaisai-yotei.ics`,
  /** The whole network's sessions and class days. */
  site: () => 'sewanin-network-yotei.ics',
};

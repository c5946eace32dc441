// Reads iCalendar files with Mozilla's ical.js and prints, per file, its
// events as JSON: uid, start and end (Unix seconds), summary, status.
// Usage: node feeds-icaljs.mjs FILE…   (ical.js found through NODE_PATH)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const ICAL = require('ical.js');

const out = {};
for (const file of process.argv.slice(2)) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(zone);
  out[file] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toUnixTime(),
      end: event.endDate.toUnixTime(),
      summary: event.summary,
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}
process.stdout.write(JSON.stringify(out));

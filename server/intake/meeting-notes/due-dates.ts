import { DateTime } from 'luxon';
import { englandAndWalesBankHolidays } from '../../../shared/sla/calendars';
import { findDates } from '../entities/dates';

/** Meeting days and due dates are London calendar days, like follow-ups. */
export const meetingTimeZone = 'Europe/London';

export type DueDate = { dueDate: string | null; dueText: string | null };
const none: DueDate = { dueDate: null, dueText: null };

const holidays = new Set(englandAndWalesBankHolidays);
const WEEKDAYS: Record<string, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const WEEKDAY =
  '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|saturday|sunday)';
const COUNT =
  '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)';
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Words before a date that make it a deadline rather than a date mentioned in passing. */
const DEADLINE_BEFORE = new RegExp(
  `(?:\\bby|\\bbefore|\\bon|\\buntil|\\btill|\\bfor|\\bdue|\\bdeadline|\\bno later than|\\bahead of|\\(|[–—-]|,)\\s*(?:the\\s+)?(?:${WEEKDAY}\\s+)?$`,
  'i',
);

function isWorkingDay(day: DateTime): boolean {
  return day.weekday <= 5 && !holidays.has(day.toISODate() ?? '');
}

function addWorkingDays(day: DateTime, n: number): DateTime {
  let d = day;
  for (let added = 0; added < n;) {
    d = d.plus({ days: 1 });
    if (isWorkingDay(d)) added++;
  }
  return d;
}

const countOf = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);
const weekdayOf = (word: string) => WEEKDAYS[word.slice(0, 3).toLowerCase()] ?? 1;
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The next given weekday strictly after the meeting day. */
function upcoming(day: DateTime, weekday: number): DateTime {
  const ahead = (weekday - day.weekday + 7) % 7 || 7;
  return day.plus({ days: ahead });
}

/** Friday of the meeting's week; from a weekend, the next Friday. */
const endOfWeek = (day: DateTime) =>
  day.weekday <= 5 ? day.plus({ days: 5 - day.weekday }) : upcoming(day, 5);

/** A day and month on or after the meeting day: "3 March" said in November is next March. */
function nextDayOfMonth(day: DateTime, month: number, dayOfMonth: number): DateTime | null {
  for (const year of [day.year, day.year + 1]) {
    const d = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: meetingTimeZone });
    if (d.isValid && d >= day) return d;
  }
  return null;
}

type Rule = { re: RegExp; resolve: (m: RegExpExecArray, day: DateTime) => DateTime | null };

// Relative phrases, longest first where one contains another.
const RULES: Rule[] = [
  {
    re: new RegExp(`\\bwithin\\s+${COUNT}\\s+(?:working|business)\\s+days?\\b`, 'gi'),
    resolve: (m, day) => addWorkingDays(day, countOf(m[1] ?? '1')),
  },
  {
    re: new RegExp(`\\b(?:in|within)\\s+${COUNT}\\s+(?:working|business)\\s+days?\\b`, 'gi'),
    resolve: (m, day) => addWorkingDays(day, countOf(m[1] ?? '1')),
  },
  {
    re: new RegExp(
      `\\b(?:in|within)\\s+(?:the\\s+next\\s+)?${COUNT}\\s+(days?|weeks?|months?)(?:'? time)?\\b`,
      'gi',
    ),
    resolve: (m, day) => {
      const n = countOf(m[1] ?? '1');
      const unit = (m[2] ?? 'days').toLowerCase();
      if (unit.startsWith('week')) return day.plus({ weeks: n });
      if (unit.startsWith('month')) return day.plus({ months: n });
      return day.plus({ days: n });
    },
  },
  {
    re: /\b(?:in|within)\s+a\s+fortnight\b|\bin\s+two\s+weeks\b/gi,
    resolve: (_m, day) => day.plus({ days: 14 }),
  },
  { re: /\bday after tomorrow\b/gi, resolve: (_m, day) => day.plus({ days: 2 }) },
  { re: /\btomorrow\b/gi, resolve: (_m, day) => day.plus({ days: 1 }) },
  {
    re: /\b(?:today|tonight|this afternoon|end of (?:the )?day|close of business|eod|cob)\b/gi,
    resolve: (_m, day) => day,
  },
  {
    re: /\b(?:(?:the\s+)?(?:start|beginning)\s+of|early)\s+next\s+week\b/gi,
    resolve: (_m, day) => upcoming(endOfWeek(day), 1),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+)?next\s+week\b/gi,
    resolve: (_m, day) => endOfWeek(day).plus({ days: 7 }),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?week|this\s+week|eow|week'?s\s+end)\b/gi,
    resolve: (_m, day) => endOfWeek(day),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+)?next\s+month\b/gi,
    resolve: (_m, day) => day.plus({ months: 1 }).endOf('month').startOf('day'),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?month|month[-\s]end|eom)\b/gi,
    resolve: (_m, day) => day.endOf('month').startOf('day'),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?quarter|quarter[-\s]end)\b/gi,
    resolve: (_m, day) => day.endOf('quarter').startOf('day'),
  },
  {
    re: /\bend\s+of\s+q([1-4])\b/gi,
    resolve: (m, day) => {
      const q = Number(m[1]);
      const d = DateTime.fromObject({ year: day.year, month: q * 3 }, { zone: meetingTimeZone });
      const end = d.endOf('month').startOf('day');
      return end >= day ? end : end.plus({ years: 1 }).endOf('month').startOf('day');
    },
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?year|year[-\s]end)\b/gi,
    resolve: (_m, day) => day.endOf('year').startOf('day'),
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(mid|end\\s+of)[-\\s]+${MONTH_NAME}\\b`, 'gi'),
    resolve: (m, day) => {
      const month = monthOf(m[2] ?? '');
      const first = nextDayOfMonth(day.startOf('month'), month, 1);
      if (!first) return null;
      return /^mid/i.test(m[1] ?? '')
        ? first.set({ day: 15 })
        : first.endOf('month').startOf('day');
    },
  },
  {
    re: new RegExp(`\\bnext\\s+(${WEEKDAY})\\b`, 'gi'),
    resolve: (m, day) => upcoming(endOfWeek(day), 1).plus({ days: weekdayOf(m[1] ?? '') - 1 }),
  },
  {
    re: new RegExp(`\\b(?:this\\s+)?(${WEEKDAY})\\b(?!\\s*\\d)`, 'gi'),
    resolve: (m, day) => upcoming(day, weekdayOf(m[1] ?? '')),
  },
];

/** Reads a calendar date as written ("3 March", "March 3rd", "the 28th", "19/12/2026"). */
function explicitDate(text: string, day: DateTime): DateTime | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return DateTime.fromISO(text, { zone: meetingTimeZone });
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(text);
  if (numeric) {
    const year = Number(numeric[3]) < 100 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const d = DateTime.fromObject(
      { year, month: Number(numeric[2]), day: Number(numeric[1]) },
      { zone: meetingTimeZone },
    );
    return d.isValid ? d : null;
  }
  const dayNumber = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  const monthName = new RegExp(MONTH_NAME, 'i').exec(text);
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  if (!dayNumber) return null;
  const dom = Number(dayNumber[1]);
  if (!monthName) {
    // "the 28th": this month if still ahead, otherwise next month.
    const thisMonth = day.set({ day: Math.min(dom, day.daysInMonth ?? 28) });
    return thisMonth >= day ? thisMonth : day.plus({ months: 1 }).set({ day: dom });
  }
  const month = monthOf(monthName[1] ?? '');
  if (year) {
    const d = DateTime.fromObject(
      { year: Number(year[1]), month, day: dom },
      { zone: meetingTimeZone },
    );
    return d.isValid ? d : null;
  }
  return nextDayOfMonth(day, month, dom);
}

type Candidate = { start: number; end: number; date: DateTime; score: number };

function scoreOf(sentence: string, start: number, base: number): number {
  return DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) ? base + 2 : base;
}

/** The deadline in one statement, resolved against the meeting's London day. */
export function resolveDueDate(sentence: string, meetingDay: DateTime): DueDate {
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const date = rule.resolve(m, meetingDay);
      if (date?.isValid) {
        candidates.push({
          start: m.index,
          end: m.index + m[0].length,
          date,
          score: scoreOf(sentence, m.index, 1),
        });
      }
    }
  }
  for (const span of findDates(sentence)) {
    // A month on its own ("in January") is too vague to be a due date.
    if (!/\d/.test(span.text)) continue;
    const date = explicitDate(span.text, meetingDay);
    // An explicit date only counts as a deadline with "by", "on", "before" and the like.
    const score = scoreOf(sentence, span.start, 0);
    if (date?.isValid && score > 0) candidates.push({ ...span, date, score: score + 1 });
  }
  // Overlapping matches ("end of next week" and "next week"): the longer one wins.
  const kept = candidates.filter(
    (c) =>
      !candidates.some(
        (o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start,
      ),
  );
  const best = kept.sort((a, b) => b.score - a.score || a.start - b.start)[0];
  if (!best) return none;
  const prefix = new RegExp(
    `\\b(?:by|before|on|until|no later than|due)\\s+(?:the\\s+)?(?:${WEEKDAY}\\s+)?$`,
    'i',
  ).exec(sentence.slice(Math.max(0, best.start - 26), best.start));
  const from = prefix ? best.start - prefix[0].length : best.start;
  return {
    dueDate: best.date.toISODate(),
    dueText: sentence.slice(from, best.end).trim(),
  };
}

/** The meeting's calendar day in London. */
export function meetingDayOf(meetingDate: string): DateTime {
  const day = DateTime.fromISO(meetingDate, { zone: meetingTimeZone }).startOf('day');
  if (!day.isValid) throw new RangeError('The meeting date is not a valid date');
  return day;
}

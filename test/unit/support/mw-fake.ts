/** Kept for `test/unit/gadget/calendar-live.test.ts` until it moves to `test/calendar/`: the fake lives in `test/support/`. */
export * from '../../support/mw-fake';

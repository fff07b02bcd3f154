import { describe, expect, it } from 'vitest';
import { extractMeetingNotes } from '../../../../server/intake/meeting-notes/extract';

const meetingDate = '2026-11-17T14:00:00Z';
const extract = (notes: string, attendees?: { name: string; email: string }[]) =>
  extractMeetingNotes({ notes, meetingDate, attendees });

describe('extractMeetingNotes', () => {
  it('finds promises, asks and decisions in prose', () => {
    const result = extract(
      'Good meeting. We will send the revised mandate by Friday. Helena asked whether we could waive the custody fee. Agreed to keep the balanced mandate.',
    );
    expect(result.promises.map((p) => p.text)).toEqual([
      'We will send the revised mandate by Friday',
    ]);
    expect(result.asks.map((a) => a.text)).toEqual([
      'Helena asked whether we could waive the custody fee',
    ]);
    expect(result.decisions.map((d) => d.text)).toEqual(['Agreed to keep the balanced mandate']);
  });

  it('reads the kind from a section heading and the owner from the bullet', () => {
    const result = extract(
      'Discussion:\n- Performance +4.2% YTD\n\nActions:\n- AH to book the estate planning intro within 5 working days\n- Client to send P60 (by 3 March)\n- Chase the valuation',
    );
    expect(result.promises).toEqual([
      {
        text: 'AH to book the estate planning intro within 5 working days',
        ownerHint: 'AH',
        dueDate: '2026-11-24',
        dueText: 'within 5 working days',
      },
      {
        text: 'Client to send P60 (by 3 March)',
        ownerHint: 'client',
        dueDate: '2027-03-03',
        dueText: 'by 3 March',
      },
      { text: 'Chase the valuation', ownerHint: 'us', dueDate: null, dueText: null },
    ]);
    expect(result.asks).toEqual([]);
    expect(result.decisions).toEqual([]);
  });

  it('widens a first name to the attendee it names', () => {
    const result = extract('Rahul will call Imogen tomorrow about the card.', [
      { name: 'Rahul Mehta', email: 'rahul.mehta@northbridge.example' },
      { name: 'Imogen Ashworth', email: 'imogen.ashworth@inbox.example' },
    ]);
    expect(result.promises[0]).toMatchObject({ ownerHint: 'Rahul Mehta', dueDate: '2026-11-18' });
  });

  it('finds nothing in notes that only record a discussion', () => {
    const result = extract(
      'Courtesy call. Talked through the market and the family news. Nothing to action.',
    );
    expect(result).toEqual({ promises: [], asks: [], decisions: [] });
  });

  it('reads labelled lines and a question from the client', () => {
    const result = extract(
      'Decision: stay on the tracker for now\nAction: send fee schedule by EOW\nCan we move the payment date to the 1st?',
    );
    expect(result.decisions[0]?.text).toBe('stay on the tracker for now');
    expect(result.promises[0]).toMatchObject({
      text: 'send fee schedule by EOW',
      dueDate: '2026-11-20',
    });
    expect(result.asks[0]?.text).toBe('Can we move the payment date to the 1st?');
  });
});

import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  splitPlaceholders,
  unknownPlaceholders,
} from '../../../shared/drafts/placeholders';

describe('filling placeholders', () => {
  it('puts each known fact in place, however the braces are spaced', () => {
    const result = fillPlaceholders('Dear {{contact.name}}, re {{ case.reference }}.', {
      'contact.name': 'Mei Chen',
      'case.reference': 'CASE-000003',
    });
    expect(result).toEqual({ text: 'Dear Mei Chen, re CASE-000003.', missing: [] });
  });

  it('leaves a missing or blank fact as its placeholder and names it once', () => {
    const result = fillPlaceholders('{{owner.name}} and {{owner.name}}; {{contact.name}}', {
      'contact.name': '   ',
    });
    expect(result.text).toBe('{{owner.name}} and {{owner.name}}; {{contact.name}}');
    expect(result.missing).toEqual(['owner.name', 'contact.name']);
  });

  it('does not treat a fact that itself contains braces as another placeholder', () => {
    const result = fillPlaceholders('{{case.title}} / {{owner.name}}', {
      'case.title': 'Refund {{owner.name}}',
      'owner.name': 'Tom',
    });
    expect(result.text).toBe('Refund {{owner.name}} / Tom');
  });

  it('names placeholders Caseline cannot fill', () => {
    expect(unknownPlaceholders('{{client.name}} {{client.firstName}} {{}} {{ x }}')).toEqual([
      'client.firstName',
      '',
      'x',
    ]);
  });

  it('splits text into plain runs and placeholders for a preview to mark', () => {
    expect(splitPlaceholders('Dear {{contact.name}},\nThanks')).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'placeholder', text: '{{contact.name}}' },
      { kind: 'text', text: ',\nThanks' },
    ]);
  });
});

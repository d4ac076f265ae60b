import { describe, expect, it } from 'vitest';
import { abbreviationChunks, abbreviationCoverage, correctWords, editDistance, matchNames, normalise, type NamedCandidate } from '../../src/graphql/questions/nameMatch.js';

const org = (id: string, name: string, acronym: string | null = null, aliases: string[] = []): NamedCandidate => ({ id, kind: 'Organisation', name, title: null, acronym, aliases, code: null, labelEn: null });

const candidates = [
  org('igo', 'Instituut voor gerechtelijke opleiding', 'IGO'),
  org('ajh', 'Agentschap Justitie en Handhaving', 'AJH'),
  org('afdeling-justitie-handhaving', 'Afdeling Justitie en Handhaving'),
  org('fod-binnenlandse-zaken', 'Federale Overheidsdienst Binnenlandse Zaken', 'IBZ', ['Binnenlandse Zaken', 'FOD Binnenlandse Zaken']),
  org('minister-van-binnenlandse-zaken', 'Minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing', null, ['Minister van Binnenlandse Zaken']),
];

describe('matching typed names against the names nodes go by', () => {
  it('finds an organisation by its acronym, in any case, as an exact match', () => {
    expect(matchNames('IBZ', candidates)[0]).toMatchObject({ id: 'fod-binnenlandse-zaken', reason: 'ACRONYM', score: 1 });
    expect(matchNames('AJH', candidates)[0]).toMatchObject({ id: 'ajh', score: 1 });
    expect(matchNames('igo', candidates)[0]).toMatchObject({ id: 'igo', score: 1 });
  });

  it('reads an id typed with spaces as the id', () => {
    expect(matchNames('fod binnenlandse zaken', candidates)[0]).toMatchObject({ id: 'fod-binnenlandse-zaken', reason: 'ID' });
  });

  it('takes "BiZa" for the whole of "Binnenlandse Zaken" and ranks a longer name that contains it lower', () => {
    const matches = matchNames('BiZa', candidates);
    expect(matches[0]).toMatchObject({ id: 'fod-binnenlandse-zaken', reason: 'ABBREVIATION' });
    expect(matches[0]!.score).toBeGreaterThan(matches.find((m) => m.id === 'minister-van-binnenlandse-zaken')!.score);
  });

  it('never takes letters of an acronym for a confident abbreviation of another name', () => {
    const other = matchNames('AJH', candidates).find((m) => m.id === 'afdeling-justitie-handhaving');
    expect(other === undefined || other.score < 0.85).toBe(true);
  });

  it('suggests the name a typo away', () => {
    expect(matchNames('Binnelandse Zaken', candidates)[0]).toMatchObject({ id: 'fod-binnenlandse-zaken', reason: 'SIMILAR' });
  });

  it('normalises accents, case and punctuation', () => {
    expect(normalise('Geïntegreerde  Politie!')).toBe('geintegreerde politie');
  });

  it('counts a transposition as one edit and stops early beyond the bound', () => {
    expect(editDistance('cyberdreigign', 'cyberdreiging')).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3);
  });

  it('splits camel case and spaced abbreviations, not ordinary words', () => {
    expect(abbreviationChunks('BiZa')).toEqual(['bi', 'za']);
    expect(abbreviationChunks('bi za')).toEqual(['bi', 'za']);
    expect(abbreviationChunks('justitie')).toBeUndefined();
    expect(abbreviationCoverage(['bi', 'za'], 'Minister van Binnenlandse Zaken')).toBeCloseTo(2 / 3);
  });

  it('corrects each word of a query to the nearest word of the texts', () => {
    expect(correctWords('cyberdreigng', ['Toenemende cyberdreiging en gebruik van nieuwe technologieën'])).toBe('cyberdreiging');
    expect(correctWords('cyberdreiging', ['Toenemende cyberdreiging'])).toBeNull();
  });
});

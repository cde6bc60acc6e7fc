import { describe, expect, test } from 'vitest';
import { buildRoute, href, pageOf, parseRoute, type Route } from '../../shared/routes';

describe('the route table', () => {
  const routes: Route[] = [
    { name: 'courses' },
    { name: 'course', id: 42 },
    { name: 'billing' },
    { name: 'billing', versionId: 7 },
    { name: 'statement', kind: 'opkraevning', versionId: 3, municipalityId: 461 },
    { name: 'statement', kind: 'efterregulering', versionId: 3, municipalityId: 1 },
    { name: 'evaluation', year: 2026 },
    { name: 'accessLetter', menteeId: 12, lang: 'da' },
    { name: 'accessLetter', menteeId: 12, lang: 'en', purpose: 'klage over sagsbehandling' },
    { name: 'infoLetter', lang: 'da' },
    { name: 'infoLetter', lang: 'en' },
    { name: 'security' },
    { name: 'backups' },
    { name: 'import' },
    { name: 'privacy' },
    { name: 'log' },
    { name: 'log', menteeId: 17 },
  ];
  test.each(routes)('builds and parses %o back to itself', (route) => {
    expect(parseRoute(buildRoute(route))).toEqual(route);
    expect(parseRoute(href(route))).toEqual(route);
  });

  test('the strings the backend printers and old links use are unchanged', () => {
    expect(buildRoute({ name: 'statement', kind: 'opkraevning', versionId: 3, municipalityId: 461 })).toBe('/print/opkraevning?id=3&kommune=461');
    expect(buildRoute({ name: 'evaluation', year: 2026 })).toBe('/print/evaluering?aar=2026');
    expect(buildRoute({ name: 'course', id: 5 })).toBe('/forloeb/5');
    expect(buildRoute({ name: 'billing', versionId: 2 })).toBe('/fordeling?id=2');
    expect(buildRoute({ name: 'privacy' })).toBe('/databeskyttelse');
    expect(buildRoute({ name: 'import' })).toBe('/import');
    expect(buildRoute({ name: 'log', menteeId: 17 })).toBe('/log?person=17');
    expect(buildRoute({ name: 'accessLetter', menteeId: 12, lang: 'da' })).toBe('/print/indsigt?person=12&sprog=da');
    expect(buildRoute({ name: 'infoLetter', lang: 'da' })).toBe('/print/oplysning?sprog=da');
  });

  test('a letter without a known language is Danish; a bad person id is 0 (refused by the backend)', () => {
    expect(parseRoute('/print/oplysning')).toEqual({ name: 'infoLetter', lang: 'da' });
    expect(parseRoute('/print/oplysning?sprog=fr')).toEqual({ name: 'infoLetter', lang: 'da' });
    expect(parseRoute('/print/indsigt?person=abc&sprog=en')).toEqual({ name: 'accessLetter', menteeId: 0, lang: 'en' });
  });

  test('unknown or malformed routes fall back safely', () => {
    expect(parseRoute('')).toEqual({ name: 'courses' });
    expect(parseRoute('#/findes-ikke')).toEqual({ name: 'courses' });
    expect(parseRoute('/forloeb/abc')).toEqual({ name: 'courses' });
    expect(parseRoute('/print/hemmeligt?id=1')).toEqual({ name: 'unknownDocument', path: '/print/hemmeligt' });
    expect(parseRoute('/print/opkraevning?id=x&kommune=-1')).toEqual({ name: 'statement', kind: 'opkraevning', versionId: 0, municipalityId: 0 });
    // '/sikkerhed' and '/sikkerhedskopier' share a prefix: each is its own page.
    expect(parseRoute('/sikkerhed')).toEqual({ name: 'security' });
    expect(parseRoute('/sikkerhedskopier')).toEqual({ name: 'backups' });
    // A bad person id shows the whole log rather than a log filtered to nobody.
    expect(parseRoute('/log?person=abc')).toEqual({ name: 'log' });
  });

  test('a course belongs to Forløb in the menu; print routes to no page', () => {
    expect(pageOf({ name: 'course', id: 1 })).toBe('courses');
    expect(pageOf({ name: 'evaluation', year: 2026 })).toBeNull();
    expect(pageOf({ name: 'accessLetter', menteeId: 1, lang: 'da' })).toBeNull();
    expect(pageOf({ name: 'infoLetter', lang: 'en' })).toBeNull();
  });
});

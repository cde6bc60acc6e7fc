import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/index';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
beforeEach(() => {
  b = makeBackend();
});
afterEach(() => b.cleanup());

const odense = { name: 'Odense', code: 461, ean: '4006381333931' };

async function withMunicipality() {
  return b.registry.call('municipalities.create', odense);
}

function mentorInput(employerMunicipalityId: number, over: Record<string, unknown> = {}): MethodInput<'mentors.create'> {
  return {
    name: 'Åse Aagaard',
    profession: 'ergoterapeut',
    employerMunicipalityId,
    hoursPerWeek: 37,
    activeFrom: '2025-08-01',
    schools: ['SOSU Fyn, Odense'],
    ...over,
  } as MethodInput<'mentors.create'>;
}

describe('municipalities', () => {
  it('creates, lists in Danish order and updates', async () => {
    await b.registry.call('municipalities.create', { name: 'Ærø', code: 492 });
    await withMunicipality();
    const aa = await b.registry.call('municipalities.create', { name: 'Aabenraa', code: 580 });
    const list = await b.registry.call('municipalities.list');
    expect(list.map((m) => m.name)).toEqual(['Odense', 'Ærø', 'Aabenraa']);
    const updated = await b.registry.call('municipalities.update', { id: aa.id, data: { name: 'Aabenraa', code: 580, contactEmail: 'a@b.dk' } });
    expect(updated.contactEmail).toBe('a@b.dk');
  });

  it('adds the ten Funen municipalities once', async () => {
    await withMunicipality();
    expect(await b.registry.call('municipalities.addFunen')).toEqual({ added: 9, skipped: 1 });
    expect(await b.registry.call('municipalities.addFunen')).toEqual({ added: 0, skipped: 10 });
    const codes = (await b.registry.call('municipalities.list')).map((m) => m.code).sort();
    expect(codes).toEqual([410, 420, 430, 440, 450, 461, 479, 480, 482, 492]);
  });

  it('refuses bad input, naming the field, with nothing written', async () => {
    const m = await withMunicipality();
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 450, ean: '4006381333932' }, 'ean');
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 450, ean: '123' }, 'ean');
    await expectRefused(b, 'municipalities.create', { name: '', code: 450 }, 'name');
    // Text is read as a Danish number (both sides share the schema); text that is no number is refused.
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 'fire' }, 'code');
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 45 }, 'code');
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 461 }, 'code');
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 450, contactEmail: 'ikke-en-mail' }, 'contactEmail');
    await expectRefused(
      b,
      'municipalities.create',
      { name: 'Nyborg', code: 450, participatingFrom: '2026-01-01', participatingTo: '2025-01-01' },
      'participatingTo',
    );
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 450, participatingFrom: '2026-02-30' }, 'participatingFrom');
    await expectRefused(b, 'municipalities.create', { name: 'Nyborg', code: 450, extra: 1 }, 'extra');
    await expectRefused(b, 'municipalities.update', { id: 999, data: { name: 'X', code: 450 } }, 'id', 'NOT_FOUND');
    await expectRefused(b, 'municipalities.update', { id: m.id, data: { name: 'Odense', code: 'abc' } }, 'data.code');
    await expectRefused(b, 'municipalities.addFunen', { x: 1 }, 'x');
    await expectRefused(b, 'municipalities.list', 'noget', 'input');
  });
});

describe('mentors', () => {
  it('creates with default capacity 20, edits, deactivates and keeps the mentor', async () => {
    const m = await withMunicipality();
    const created = await b.registry.call('mentors.create', mentorInput(m.id));
    expect(created).toMatchObject({ capacity: 20, active: true, employerMunicipalityName: 'Odense', schools: ['SOSU Fyn, Odense'] });
    const edited = await b.registry.call('mentors.update', { id: created.id, data: mentorInput(m.id, { capacity: 18, hoursPerWeek: 32.5 }) });
    expect(edited).toMatchObject({ capacity: 18, hoursPerWeek: 32.5 });
    const gone = await b.registry.call('mentors.deactivate', { id: created.id, activeTo: '2026-11-01' });
    expect(gone.active).toBe(false);
    expect(await b.registry.call('mentors.list')).toHaveLength(0);
    expect(await b.registry.call('mentors.list', { includeInactive: true })).toHaveLength(1);
    expect((await b.registry.call('mentors.get', { id: created.id })).activeTo).toBe('2026-11-01');
  });

  it('searches by name (æøå and "aa" alike), municipality and school, and sorts in Danish order', async () => {
    const m = await withMunicipality();
    for (const name of ['Åse Aagaard', 'Zakarias Holm', 'Ørnulf Berg', 'Anders And']) {
      await b.registry.call('mentors.create', mentorInput(m.id, { name, schools: name === 'Anders And' ? ['Svendborg Gymnasium'] : name === 'Zakarias Holm' ? ['Ærø Efterskole'] : [] }));
    }
    const names = async (input: object) => (await b.registry.call('mentors.list', input)).map((x) => x.name);
    expect(await names({})).toEqual(['Anders And', 'Zakarias Holm', 'Ørnulf Berg', 'Åse Aagaard']);
    expect(await names({ direction: 'desc' })).toEqual(['Åse Aagaard', 'Ørnulf Berg', 'Zakarias Holm', 'Anders And']);
    expect(await names({ search: 'ågå' })).toEqual(['Åse Aagaard']);
    expect(await names({ search: 'svendborg' })).toEqual(['Anders And']);
    expect(await names({ search: 'ærø' })).toEqual(['Zakarias Holm']);
    expect(await names({ search: 'odense' })).toHaveLength(4);
    expect(await names({ search: '100%' })).toEqual([]);
  });

  it('refuses each bad input with the field named and nothing written', async () => {
    const m = await withMunicipality();
    const ok = await b.registry.call('mentors.create', mentorInput(m.id));
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { capacity: 0 }), 'capacity');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { capacity: -3 }), 'capacity');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { capacity: 2.5 }), 'capacity');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { name: '  ' }), 'name');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { name: 42 }), 'name');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { profession: 'astronaut' }), 'profession');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { hoursPerWeek: 0 }), 'hoursPerWeek');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { hoursPerWeek: 'mange' }), 'hoursPerWeek');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { activeTo: '2025-07-31' }), 'activeTo');
    // "01.08.2025" is a Danish date the schema reads; a day that does not exist is refused.
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { activeFrom: '31.02.2025' }), 'activeFrom');
    await expectRefused(b, 'mentors.create', mentorInput(999), 'employerMunicipalityId');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { email: 'x@' }), 'email');
    await expectRefused(b, 'mentors.create', mentorInput(m.id, { schools: 'Odense' }), 'schools');
    await expectRefused(b, 'mentors.update', { id: ok.id, data: mentorInput(m.id, { capacity: 0 }) }, 'data.capacity');
    await expectRefused(b, 'mentors.update', { id: ok.id, data: mentorInput(999) }, 'data.employerMunicipalityId');
    await expectRefused(b, 'mentors.update', { id: 999, data: mentorInput(m.id) }, 'id', 'NOT_FOUND');
    await expectRefused(b, 'mentors.deactivate', { id: ok.id, activeTo: '2025-01-01' }, 'activeTo');
    await expectRefused(b, 'mentors.deactivate', { id: ok.id }, 'activeTo');
    await expectRefused(b, 'mentors.get', { id: 'x' }, 'id');
    await expectRefused(b, 'mentors.list', { sort: 'height' }, 'sort');
  });

  it('has no way to hard-delete a mentor', async () => {
    const error = await b.registry.invoke('mentors.delete', { id: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNKNOWN_METHOD' });
  });
});

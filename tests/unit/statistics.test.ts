// The shared definitions on small hand-made numbers with known answers.
import { describe, expect, it } from 'vitest';
import { caseloadDate, contactsPerPerson, contractHours, periodText, phaseReach, reach, reportPeriod, retentionRate, valueForMoney, yearBounds } from '../../shared/statistics/definitions';
import { surveyResult } from '../../shared/statistics/survey';
import { formatCell, tableClipboard, tableCsv, tableFileName, tableHeading, tableSummary, type StatTable } from '../../shared/statistics/tables';

describe('definitions', () => {
  it('bounds a year', () => {
    expect(yearBounds(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('retention leaves unknown outcomes out of both sides', () => {
    expect(retentionRate({ fastholdt: 3, gennemfoert: 1, afbrudt: 2, skiftet: 1, ukendt: 5 })).toEqual({ retained: 4, known: 7, rate: 4 / 7 });
    expect(retentionRate({ ukendt: 2 })).toEqual({ retained: 0, known: 2 - 2, rate: null });
    expect(retentionRate({}).rate).toBeNull();
  });

  it('reach and contacts per person are null without a denominator', () => {
    expect(reach(474, 1398)).toBeCloseTo(0.339, 3);
    expect(reach(3, 0)).toBeNull();
    expect(contactsPerPerson(2517, 474)).toBeCloseTo(5.31, 2);
    expect(contactsPerPerson(0, 0)).toBeNull();
  });

  it('value for money compares the share of cost with the share of persons', () => {
    const rows = valueForMoney([
      { municipalityId: 1, amountOere: 300, persons: 1 },
      { municipalityId: 2, amountOere: 100, persons: 3 },
      { municipalityId: 3, amountOere: 0, persons: 0 },
    ]);
    expect(rows.map((r) => [r.costShare, r.personsShare, r.index])).toEqual([
      [0.75, 0.25, 1 / 3],
      [0.25, 0.75, 3],
      [0, 0, null],
    ]);
    expect(valueForMoney([{ municipalityId: 1, amountOere: 0, persons: 0 }])[0]).toMatchObject({ costShare: null, personsShare: null, index: null });
  });

  it('contract hours count the days employed inside the report period', () => {
    expect(contractHours(37, '2020-01-01', null, yearBounds(2026))).toBe(1929.3); // 365 days
    expect(contractHours(37, '2020-01-01', null, yearBounds(2024))).toBe(1934.6); // leap year
    expect(contractHours(35, '2026-07-01', '2026-07-07', yearBounds(2026))).toBe(35);
    expect(contractHours(35, '2027-01-01', null, yearBounds(2026))).toBe(0);
    expect(contractHours(35, '2020-01-01', '2025-12-31', yearBounds(2026))).toBe(0);
    // The current year ends today: 1 January–23 November is 327 days, not 365.
    const period = reportPeriod(2026, '2026-11-23');
    expect(period).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(contractHours(35, '2020-01-01', null, period)).toBe(1635); // 35 × 327 ÷ 7
    expect(contractHours(35, '2026-12-01', null, period)).toBe(0); // starts after today
    expect(reportPeriod(2025, '2026-11-23')).toEqual(yearBounds(2025));
    expect(periodText(period)).toBe('Periode: 01.01.2026–23.11.2026');
    expect(periodText(reportPeriod(2027, '2026-11-23'))).toBe('Periode: 2027 er ikke begyndt');
  });

  it('reach by phase divides persons in a phase by the students counted for it, over the municipalities that gave a count', () => {
    const persons = [
      { municipalityId: 1, phase: 'grundforloeb' as const, persons: 6 },
      { municipalityId: 2, phase: 'grundforloeb' as const, persons: 4 },
      { municipalityId: 3, phase: 'grundforloeb' as const, persons: 9 }, // gave no count: left out of both sides
      { municipalityId: 1, phase: 'skoleperiode' as const, persons: 3 },
    ];
    const counts = [
      { municipalityId: 1, phaseStudents: { grundforloeb: 40, skoleperiode: 60, oplaering: 0 } },
      { municipalityId: 2, phaseStudents: { grundforloeb: 10 } },
      { municipalityId: 3, phaseStudents: {} },
    ];
    expect(phaseReach(persons, counts)).toEqual([
      { phase: 'grundforloeb', persons: 10, students: 50, rate: 0.2 },
      { phase: 'skoleperiode', persons: 3, students: 60, rate: 0.05 },
      { phase: 'oplaering', persons: 0, students: 0, rate: null }, // a count of 0: no reach, not 0 %
    ]);
    expect(phaseReach(persons, [{ municipalityId: 1, phaseStudents: {} }])).toBeNull();
  });

  it('measures the caseload at year end, or today in the current year', () => {
    expect(caseloadDate(2025, '2026-11-23')).toBe('2025-12-31');
    expect(caseloadDate(2026, '2026-11-23')).toBe('2026-11-23');
  });

  it('survey: n, response rate and share agreeing', () => {
    const s = surveyResult(2026, 470, 210, null, [{ text: 'Betydning', counts: { enig: 141, delvis: 40, uenig: 19, ved_ikke: 10 } }]);
    expect(s.responseRate).toBeCloseTo(0.4468, 4);
    expect(s.questions[0].n).toBe(210);
    expect(s.questions[0].shareAgreeing).toBeCloseTo(0.6714, 4);
    expect(s.questions[0].shareAgreeingAtLeastPartly).toBeCloseTo(181 / 210, 10);
    expect(surveyResult(2026, 0, 0, null, [{ text: 'x', counts: { enig: 0, delvis: 0, uenig: 0, ved_ikke: 0 } }]).questions[0].shareAgreeing).toBeNull();
  });
});

describe('tables', () => {
  const table: StatTable = {
    id: 'personer_kommune',
    title: 'Personer pr. kommune',
    sheetName: 'Personer',
    columns: [
      { label: 'Kommune', format: 'text' },
      { label: 'Personer', format: 'int' },
      { label: 'Rækkevidde', format: 'percent' },
      { label: 'Beløb', format: 'oere' },
    ],
    rows: [
      ['Odense', 1234, 0.3391, 123456],
      ['Ærø; syd', 5, null, 0],
    ],
    total: ['I alt', 1239, { value: 0.5, format: 'percent' }, 123456],
    note: null,
  };

  it('formats cells the Danish way and shows a missing value as a dash', () => {
    expect(table.rows[0].map((c, i) => formatCell(c, table.columns[i]))).toEqual(['Odense', '1.234', '33,9 %', '1.234,56 kr.']);
    expect(formatCell(null, table.columns[2])).toBe('–');
  });

  it('shows billing-key shares with two decimals, as the statements do', () => {
    const share = { label: 'Andel', format: 'keyShare' } as const;
    expect(formatCell(0.0844, share)).toBe('8,44 %');
    const key: StatTable = { ...table, columns: [table.columns[0], share], rows: [['Assens', 0.0844]], total: null };
    expect(tableCsv(key)).toBe('\uFEFFKommune;Andel (%)\r\nAssens;8,44\r\n');
  });

  it('writes CSV for Danish Excel: BOM, semicolons, decimal comma, numbers without thousands separators', () => {
    expect(tableCsv(table)).toBe('\uFEFFKommune;Personer;Rækkevidde (%);Beløb (kr.)\r\nOdense;1234;33,9;1234,56\r\n"Ærø; syd";5;;0\r\nI alt;1239;50;1234,56\r\n');
  });

  it('a single table saved or copied from a filtered dashboard says which year and filter it shows', () => {
    const filtered = { year: 2026, filterLabel: 'Odense, Anna Holm' };
    const heading = tableHeading(table, filtered);
    expect(heading).toBe('Personer pr. kommune – 2026 – filter: Odense, Anna Holm');
    expect(tableHeading(table, { year: 2026, filterLabel: null })).toBe('Personer pr. kommune – 2026 – uden filter');
    expect(tableCsv(table, heading)).toBe(
      '\uFEFFPersoner pr. kommune – 2026 – filter: Odense, Anna Holm\r\n\r\nKommune;Personer;Rækkevidde (%);Beløb (kr.)\r\nOdense;1234;33,9;1234,56\r\n"Ærø; syd";5;;0\r\nI alt;1239;50;1234,56\r\n',
    );
    expect(tableClipboard(table, heading).split('\n').slice(0, 3)).toEqual([heading, '', 'Kommune\tPersoner\tRækkevidde\tBeløb']);
    expect(tableFileName(table, filtered, 'csv')).toBe('Statistik-2026-Odense-Anna-Holm-personer_kommune.csv');
    expect(tableFileName(table, { year: 2026, filterLabel: null }, 'csv')).toBe('Statistik-2026-personer_kommune.csv');
  });

  it('describes a table in words for a chart text alternative', () => {
    expect(tableSummary(table)).toBe(
      'Personer pr. kommune: Odense, personer 1.234, rækkevidde 33,9 %, beløb 1.234,56 kr.; Ærø; syd, personer 5, rækkevidde –, beløb 0,00 kr. I alt: personer 1.239, rækkevidde 50,0 %, beløb 1.234,56 kr.',
    );
  });
});

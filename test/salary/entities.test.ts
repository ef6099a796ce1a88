// One vocabulary (issue 12): a person parsed with /entities is a worker, passed to the salary engine without renaming.
import { describe, expect, it } from 'vitest';
import { parsePerson, personRecord } from '../../src/entities/index.js';
import { computeGrade, computeSalaries, computeSalary, parseWorker, workerRecord } from '../../src/salary/index.js';
import { valid } from '../entities/fixtures.js';
import { hostProfile } from './support.js';

describe('entity → engine round trip', () => {
  it('a person parsed by /entities passes to computeSalary as it is', () => {
    const person = parsePerson(valid.person);
    const viaEntity = computeSalary(person, { asOf: '2026-01-01', profile: hostProfile() });
    const {
      roles: _r,
      residentId: _i,
      birthDate: _b,
      sex: _s,
      partyMembership: _p,
      divisionCode: _d,
      employedFrom: _e,
      ...workerFields
    } = person;
    expect(viaEntity).toEqual(computeSalary(workerFields, { asOf: '2026-01-01', profile: hostProfile() }));
    expect(viaEntity.outcome).toBe('computed');
    expect([viaEntity.id, viaEntity.name, viaEntity.post]).toEqual(['w1', '张三', 'principal']);
    // Its post history and education date are read: staff from 2015-03-01, principal from 2021-01-01 (shift).
    expect(viaEntity.steps.map((s) => s.rule)).toContain('salary.grade.postChange');
    expect(computeGrade(person, { asOf: '2026-01-01' }).grade).toBe(viaEntity.grade);
    expect(computeSalaries([person, person], { asOf: '2026-01-01', profile: hostProfile() }).counts.computed).toBe(2);
  });

  it("the worker record is the person's fields, with the same names, labels and values", () => {
    for (const [name, def] of Object.entries(workerRecord.fields)) {
      if (name === 'id') continue; // a roster's own numbering may be a number; the person's id is text
      expect(personRecord.fields[name], name).toBeDefined();
      expect(def.label).toEqual(personRecord.fields[name]!.label);
      expect(def.type).toEqual(personRecord.fields[name]!.type);
    }
    const w = parseWorker(parsePerson(valid.person));
    for (const [k, v] of Object.entries(w))
      expect((parsePerson(valid.person) as Record<string, unknown>)[k]).toEqual(v);
  });
});

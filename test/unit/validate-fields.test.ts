import { describe, expect, it } from 'vitest';
import { adapters } from '../../electron/vendors/registry';
import { formSections } from '../../shared/validate-fields';
import type { VendorField } from '../../shared/types';

const f = (key: string, extra: Partial<VendorField> = {}): VendorField => ({ key, label: key, kind: 'text', required: false, help: '', ...extra });

/** The field each connector's first secret belongs with; null where the secret comes first. */
const SECRET_FOLLOWS: Record<string, string | null> = { xclade: 'email', cliniko: null, geins: 'apiUser', alephee: 'accountId', cin7: 'username' };

describe('the connection form\'s sections', () => {
  it('folds advanced fields away and keeps the connector\'s order in each part', () => {
    const sections = formSections([f('baseUrl', { advanced: true }), f('user'), f('key', { kind: 'secret' }), f('batchSize', { advanced: true }), f('currency')]);
    expect(sections.main.map((x) => x.key)).toEqual(['user', 'key', 'currency']);
    expect(sections.advanced.map((x) => x.key)).toEqual(['baseUrl', 'batchSize']);
  });

  it.each(adapters.filter((a) => a.description.id !== 'sandbox').map((a) => [a.description.id, a.description.fields] as const))(
    '%s: the API address and batch size are advanced, nothing required is folded, the secret follows what it belongs with',
    (id, fields) => {
      const { main, advanced } = formSections(fields);
      for (const key of ['baseUrl', 'batchSize']) if (fields.some((x) => x.key === key)) expect(advanced.map((x) => x.key)).toContain(key);
      expect(advanced.filter((x) => x.required)).toEqual([]);
      // The first secret comes right after the field it belongs with (the user or account it signs in as).
      const firstSecret = main.findIndex((x) => x.kind === 'secret');
      expect(firstSecret === 0 ? null : main[firstSecret - 1]!.key).toBe(SECRET_FOLLOWS[id]);
    },
  );
});

/**
 * Starts one real Medusa for the whole real-backend suite and hands the tests its address,
 * a secret key and the seeded variants (vitest `provide`/`inject`).
 */
import type { TestProject } from 'vitest/node';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startBackend } from './backend';
import { seedShop, type Seeded } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    medusa: Seeded;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const backend = await startBackend();
  try {
    project.provide('medusa', await seedShop(backend.url, ADMIN_EMAIL, ADMIN_PASSWORD));
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return () => backend.stop();
}

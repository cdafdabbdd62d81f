import { performance } from 'node:perf_hooks';
import { createServices } from '../../../electron/core/services';
import { testHost } from '../../support/host';
import { median, type Scenario } from '../types';

/** The sandbox catalog through the real registry (validation, handler, connector, envelope). */
export const catalogScenario: Scenario = {
  name: 'sandbox catalog load',
  async run() {
    const host = await testHost();
    const services = createServices(host, { sandboxSettings: { latencyMs: '0', requestsPerSecond: '100000' } });
    await services.registry.invoke('catalog:load', { connectionId: 'sandbox' }); // creates the file
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await services.registry.invoke('catalog:load', { connectionId: 'sandbox' });
      times.push(performance.now() - start);
    }
    return [{ scenario: this.name, name: '500 rows via registry (median of 5)', value: median(times), unit: 'ms' }];
  },
};

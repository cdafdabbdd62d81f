// The smallest Medusa v2 project that serves the admin API PriceDesk's xclade connector uses.
// Everything comes from the environment set by test/medusa/backend.ts: a throwaway
// PostgreSQL on loopback, no admin dashboard, no Redis (in-memory event bus, cache, locks).
const { defineConfig } = require("@medusajs/framework/utils");

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: 'http://127.0.0.1',
      adminCors: 'http://127.0.0.1',
      authCors: 'http://127.0.0.1',
      jwtSecret: process.env.JWT_SECRET ?? 'pricedesk-test-jwt',
      // Short-lived tokens (the suite sets seconds), so token renewal is exercised for real.
      jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? '1d',
      cookieSecret: process.env.COOKIE_SECRET ?? 'pricedesk-test-cookie',
    },
  },
  admin: { disable: true },
});

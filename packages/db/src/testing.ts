// Test-only helpers, exported as '@bangfu/db/testing' so production bundles never pull in pg admin code paths.
export { type DriverTestTarget, driverTestTargets } from './driver/driver-test-targets';
export { seededDatabase, TEST_NOW } from './seed/seed-test-fixture';

/** `.convas` project bundles: one zip with the project, its trained runs and a thumbnail. */
export { BUNDLE_EXTENSION, BUNDLE_LIMITS, type BundleLimits } from './layout';
export { openBundle, type OpenedBundle } from './openBundle';
export { writeBundle, type WrittenBundle } from './writeBundle';

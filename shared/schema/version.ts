/** The version of the map document format this build writes. */
export const FORMAT_VERSION = 11;

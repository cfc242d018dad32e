/** The services whose public rows the index pulls (service-kit's SearchFeedSource[]); tests inject their own. */
export const SEARCH_FEED_SOURCES = Symbol('SEARCH_FEED_SOURCES');

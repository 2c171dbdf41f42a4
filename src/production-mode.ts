/**
 * graphql-js and express read NODE_ENV once, when they load, and unless it is `production` they run development
 * checks on every request (graphql-js checks each `instanceof` of the schema's types against a second copy of
 * itself: 15% of the time of a large query). This app treats any NODE_ENV but `development` as production
 * (see config.ts), so an unset NODE_ENV means production for them too. Imported first by every entry point, before
 * anything that loads them.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};

export * from './agencies.ts';
export * from './users.ts';
export * from './events.ts';
export * from './calendar.ts';
export * from './imported-reports.ts';
export * from './disclosure-requests.ts';
export * from './appeal-cases.ts';
export * from './api-tokens.ts';

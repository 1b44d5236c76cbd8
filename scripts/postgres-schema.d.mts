export const POSTGRES_SCHEMA: string;
export function postgresSchema(sqlite: string): string;

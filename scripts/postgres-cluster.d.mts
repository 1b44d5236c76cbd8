export function postgresBinDir(): string | null;
export function startPostgresCluster(options?: {
  log?: (message: string) => void;
  durable?: boolean;
}): Promise<{ url: string; port: number; dir: string; stop: () => void }>;
export function postgresProgram(name: string): string;

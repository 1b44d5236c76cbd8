/**
 * Where the project's memory is exported (GET) and imported (POST, the file as the raw body) — the
 * route handler app/api/projects/[projectId]/memory/tmx: one home for the URLs the Memory page uses.
 */
const tmxUrl = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/memory/tmx`;

export const tmxExportUrl = tmxUrl;

export const tmxImportUrl = (projectId: string, file: { name: string }, progressToken: string) =>
  `${tmxUrl(projectId)}?${new URLSearchParams({ fileName: file.name.slice(0, 300), progressToken })}`;

export interface TmxImportCounts {
  read: number;
  imported: number;
  skipped: number;
}

export type TmxUploadOutcome = { ok: true; counts: TmxImportCounts } | { ok: false; message: string; code?: string; details?: Record<string, unknown> };

/**
 * Sends a TMX file as the request body (streamed to the reader on the server) and reports the
 * upload's progress in bytes; XMLHttpRequest, because fetch() cannot report upload progress.
 */
export function uploadTmx(url: string, file: File, onUpload: (sent: number, total: number) => void, offline: string): Promise<TmxUploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "application/x-tmx+xml");
    request.upload.onprogress = (event) => onUpload(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onerror = () => resolve({ ok: false, message: offline });
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        // not JSON (a proxy's error page): the status line says enough
      }
      if (request.status >= 200 && request.status < 300)
        resolve({ ok: true, counts: { read: Number(body.read ?? 0), imported: Number(body.imported ?? 0), skipped: Number(body.skipped ?? 0) } });
      else
        resolve({
          ok: false,
          message: typeof body.message === "string" ? body.message : `${request.status} ${request.statusText}`,
          code: typeof body.code === "string" ? body.code : undefined,
          details: typeof body.details === "object" && body.details ? (body.details as Record<string, unknown>) : undefined,
        });
    };
    request.send(file);
  });
}

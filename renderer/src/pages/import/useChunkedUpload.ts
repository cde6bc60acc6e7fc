// Sends a chosen file to the backend in pieces (the web bridge takes at most 20 MB a request), keeping
// count of the bytes sent for the progress bar.
import { useState } from 'react';
import { IMPORT_CHUNK_BYTES } from '../../../../shared/schemas/import';
import { useApiMutation } from '../../api/queries';

/** A piece of the file as base64, read by the browser itself (no string building byte by byte). */
function base64Of(piece: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('Filen kunne ikke læses. Vælg den igen.'));
    reader.readAsDataURL(piece);
  });
}

export interface UploadState {
  sent: number;
  total: number;
}

export function useChunkedUpload() {
  const begin = useApiMutation('import.begin');
  const chunk = useApiMutation('import.chunk');
  const [state, setState] = useState<UploadState | null>(null);

  /** Uploads the whole file; resolves with its upload id. Refusals (too big, unreadable) reject. */
  async function upload(file: File): Promise<string> {
    setState({ sent: 0, total: file.size });
    try {
      const { uploadId } = await begin.mutateAsync({ fileName: file.name, size: file.size });
      for (let index = 0, start = 0; start < file.size; index++, start += IMPORT_CHUNK_BYTES) {
        const piece = file.slice(start, start + IMPORT_CHUNK_BYTES);
        await chunk.mutateAsync({ uploadId, index, base64: await base64Of(piece) });
        setState({ sent: Math.min(file.size, start + IMPORT_CHUNK_BYTES), total: file.size });
      }
      return uploadId;
    } finally {
      setState(null);
    }
  }

  return { upload, progress: state };
}

// Media type from the content itself, never from the client's claim. Covers what evidence is made
// of: photos and screenshots, PDF documents, voice recordings and videos.

export type SniffedType = { mediaType: string; extension: string };

const ascii = (b: Uint8Array, at: number, text: string) => [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
const bytes = (b: Uint8Array, at: number, values: number[]) => values.every((v, i) => b[at + i] === v);

export function sniffType(head: Uint8Array): SniffedType | null {
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', extension: 'png' };
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return { mediaType: 'image/gif', extension: 'gif' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return { mediaType: 'image/webp', extension: 'webp' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return { mediaType: 'audio/wav', extension: 'wav' };
  if (ascii(head, 0, '%PDF-')) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (ascii(head, 0, 'OggS')) return { mediaType: 'audio/ogg', extension: 'ogg' };
  if (ascii(head, 0, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return { mediaType: 'audio/mpeg', extension: 'mp3' };
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return { mediaType: 'video/webm', extension: 'webm' };
  if (ascii(head, 4, 'ftyp')) {
    const brand = String.fromCharCode(...head.slice(8, 12));
    if (brand.startsWith('M4A')) return { mediaType: 'audio/mp4', extension: 'm4a' };
    if (brand === 'qt  ') return { mediaType: 'video/quicktime', extension: 'mov' };
    if (brand.startsWith('heic') || brand.startsWith('heix') || brand === 'mif1') return { mediaType: 'image/heic', extension: 'heic' };
    return { mediaType: 'video/mp4', extension: 'mp4' };
  }
  return null;
}

// Error messages of the HTTP API, one per stable code, Indonesian first.
// The server picks the language from Accept-Language; the web shows the same texts.

export const ERROR_MESSAGES = {
  VALIDATION_FAILED: {
    id: 'Permintaan tidak valid: periksa kembali isian yang ditandai.',
    en: 'The request is not valid: check the fields listed.',
  },
  MALFORMED_BODY: {
    id: 'Isi permintaan tidak dapat dibaca (JSON tidak valid).',
    en: 'The request body could not be read (invalid JSON).',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    id: 'Jenis isi permintaan tidak didukung.',
    en: 'The request content type is not supported.',
  },
  PAYLOAD_TOO_LARGE: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  },
  ACCOUNT_LOCKED: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti.',
    en: 'The account is locked for a while after too many failed attempts. Try again later.',
  },
  ACCOUNT_DISABLED: { id: 'Akun ini dinonaktifkan.', en: 'This account is disabled.' },
  TOTP_REQUIRED: {
    id: 'Masukkan kode verifikasi dua langkah (TOTP) dari aplikasi autentikator.',
    en: 'Enter the two-step verification code (TOTP) from your authenticator app.',
  },
  TOTP_INVALID: { id: 'Kode verifikasi dua langkah salah.', en: 'The two-step verification code is wrong.' },
  TOTP_ENROLLMENT_REQUIRED: {
    id: 'Administrator wajib mengaktifkan verifikasi dua langkah sebelum melanjutkan.',
    en: 'Administrators must turn on two-step verification before going on.',
  },
  CSRF_INVALID: {
    id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
    en: 'The security (CSRF) token is missing or does not match. Reload the page and try again.',
  },
  FORBIDDEN: {
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  OUT_OF_JURISDICTION: {
    id: 'Data ini berada di luar wilayah kewenangan kantor Anda.',
    en: 'This is outside the jurisdiction of your office.',
  },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { id: 'Alamat API tidak dikenal.', en: 'Unknown API address.' },
  USERNAME_TAKEN: { id: 'Nama pengguna sudah dipakai.', en: 'That username is already taken.' },
  OFFICE_CODE_TAKEN: { id: 'Kode kantor sudah dipakai.', en: 'That office code is already taken.' },
  ROLE_NOT_ALLOWED_FOR_OFFICE: {
    id: 'Peran ini tidak dapat diberikan pada jenis kantor tersebut.',
    en: 'This role cannot be given in that kind of office.',
  },
  OFFICE_REGION_MISMATCH: {
    id: 'Wilayah kantor tidak sesuai dengan tingkat kantornya atau induknya.',
    en: 'The office region does not match its level or its parent.',
  },
  DOCUMENT_NOT_APPLICABLE: {
    id: 'Dokumen ini belum dapat dibuat untuk perkara pada tahap ini.',
    en: 'This document cannot be made for the case at this stage yet.',
  },
  DOCUMENT_NOT_FOR_REPORTER: {
    id: 'Dokumen ini tidak ditujukan kepada pelapor.',
    en: 'This document is not addressed to the pelapor.',
  },
  EMAIL_NOT_CONFIGURED: {
    id: 'Pengiriman surel belum diatur di server ini (NETRA_SMTP_URL). Sampaikan surat ini dengan cara lain.',
    en: 'E-mail is not set up on this server (NETRA_SMTP_URL). Deliver this letter another way.',
  },
  NO_REPORTER_EMAIL: {
    id: 'Pelapor tidak memberikan alamat surel. Sampaikan surat ini dengan cara lain.',
    en: 'The pelapor gave no e-mail address. Deliver this letter another way.',
  },
  EMAIL_FAILED: {
    id: 'Surel tidak terkirim: server surel menolak atau tidak dapat dihubungi. Tidak ada yang dicatat; coba lagi.',
    en: 'The e-mail was not sent: the mail server refused it or could not be reached. Nothing was recorded; try again.',
  },
  DOCUMENT_NOT_DELIVERABLE: {
    id: 'Dokumen ini tidak dikirim kepada siapa pun (formulir, berita acara atau kajian): penyampaiannya tidak dicatat.',
    en: 'This document is not sent to anyone (a form, minutes or a kajian): no delivery is recorded for it.',
  },
  DELIVERY_ADDRESSEE_INVALID: {
    id: 'Surat ini ditujukan kepada lebih dari satu pihak: sebutkan pihak yang menerimanya, salah satu dari penerima surat.',
    en: 'This letter is addressed to more than one party: name the one who received it, among its addressees.',
  },
  DELIVERY_DATE_INVALID: {
    id: 'Tanggal penyampaian tidak boleh sebelum surat dibuat atau sesudah hari ini.',
    en: 'The delivery date cannot be before the letter was made or after today.',
  },
  TEXT_NOT_ALLOWED: {
    id: 'Teks berisi karakter yang tidak dapat disimpan (karakter NUL, \\u0000). Hapus karakter itu lalu kirim lagi.',
    en: 'The text contains a character that cannot be stored (NUL, \\u0000). Remove it and send again.',
  },
  CASE_BUSY: {
    id: 'Perkara ini sedang diubah oleh pengguna lain. Muat ulang lalu coba lagi.',
    en: 'Someone else is changing this case right now. Reload it and try again.',
  },
  CASE_CHANGED: {
    id: 'Perkara ini sudah diubah dengan tindakan lain sejak Anda membukanya, jadi tindakan ini tidak disimpan. Periksa perubahannya di halaman perkara, lalu kirim lagi bila masih perlu.',
    en: 'This case was changed by another action since you opened it, so this action was not saved. Check the change on the case page, then send again if it is still needed.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain yang isinya berbeda (laporan lain, atau dokumen lain). Kirim permintaan baru dengan kunci baru.',
    en: 'This Idempotency-Key was already used for another request with different content (another report, or another document). Send a new request with a new key.',
  },
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  SEALED_DATA_UNREADABLE: {
    id: 'Data pribadi yang tersegel tidak dapat dibuka: kunci data tidak cocok, atau data tersimpan telah diubah. Tidak ada data yang berubah; laporkan ke administrator.',
    en: 'Sealed personal data could not be opened: the data key does not match, or the stored value was altered. Nothing was changed; tell the administrator.',
  },
  FILE_UNAVAILABLE: {
    id: 'Berkas ini tercatat, tetapi tidak ada di penyimpanan server ini (hilang, atau tersimpan di server lain). Tidak ada data yang berubah; laporkan ke administrator.',
    en: 'This file is on record but not in this server\'s storage (lost, or stored on another server). Nothing was changed; tell the administrator.',
  },
  DATABASE_UNAVAILABLE: {
    id: 'Basis data sedang tidak dapat dihubungi (dimulai ulang, terlalu sibuk, atau jaringannya terputus), jadi permintaan ini tidak selesai. Coba lagi sebentar lagi; bila berlanjut, laporkan ke administrator.',
    en: 'The database cannot be reached right now (restarting, too busy, or its network is down), so this request was not completed. Try again in a moment; if it goes on, tell the administrator.',
  },
  INTERNAL: {
    id: 'Terjadi kesalahan pada server. Tidak ada data yang berubah; coba lagi.',
    en: 'Something went wrong on the server. Nothing was changed; try again.',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Locale = 'id' | 'en';

/** Pick the locale from an Accept-Language header: Indonesian unless English is preferred. */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'id';
}

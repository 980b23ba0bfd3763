// The public landing page, in Bahasa Indonesia (the shape en must match).
export const landingId = {
  pageTitle: 'Pengawasan Netralitas ASN',
  kicker: 'Pemilu dan Pilkada',
  title: 'Netra: pengawasan netralitas Aparatur Sipil Negara',
  lead: 'Netra adalah platform bagi Bawaslu dan jajarannya untuk mencegah, mengawasi, dan menangani pelanggaran netralitas ASN dalam Pemilu dan Pilkada — dari laporan atau temuan hingga tindak lanjut sanksi.',
  cta: {
    signIn: 'Masuk (petugas)',
    regions: 'Jelajahi wilayah',
    deadlines: 'Kalkulator tenggat',
    api: 'Dokumentasi API',
  },
  stages: {
    title: 'Dari pencegahan sampai sanksi',
    lead: 'Satu alur kerja bersama untuk seluruh jajaran pengawas, dengan jejak audit pada setiap langkah.',
    prevent: { title: 'Pencegahan', text: 'Sosialisasi, imbauan, dan pemetaan kerawanan netralitas ASN di setiap wilayah.' },
    watch: { title: 'Pengawasan', text: 'Pengawasan lapangan, di TPS, dan patroli media sosial oleh pengawas di semua tingkatan.' },
    handle: { title: 'Penanganan', text: 'Laporan masyarakat dan temuan pengawas dicatat, dikaji, dan diputus sesuai tenggat hukum.' },
    follow: { title: 'Rekomendasi & tindak lanjut', text: 'Rekomendasi Bawaslu diteruskan kepada instansi berwenang dan tindak lanjut sanksinya dipantau.' },
  },
  audience: {
    title: 'Untuk siapa',
    bawaslu: { title: 'Bawaslu RI, Provinsi, dan Kabupaten/Kota', text: 'Pimpinan dan staf penanganan pelanggaran, pencegahan, serta data dan informasi.' },
    panwaslu: { title: 'Panwaslu Kecamatan dan Kelurahan/Desa', text: 'Pengawas di tingkat kecamatan, kelurahan, dan desa yang paling dekat dengan pemilih.' },
    tps: { title: 'Pengawas TPS', text: 'Pengawas di tempat pemungutan suara yang mencatat kejadian pada hari pemungutan suara.' },
    partners: { title: 'Mitra (baca saja)', text: 'BKN, instansi Pejabat Pembina Kepegawaian (PPK), dan Sentra Gakkumdu melihat perkara yang menjadi kewenangannya.' },
  },
  donts: {
    title: 'Yang tidak boleh dilakukan ASN',
    lead: 'Aparatur Sipil Negara wajib netral. Contoh perbuatan yang dilarang, termasuk di media sosial:',
    items: [
      'Memberi tanda suka (like), berkomentar, membagikan, atau mengikuti unggahan dan akun peserta pemilu.',
      'Menghadiri atau ikut serta dalam kampanye.',
      'Memasang spanduk, baliho, atau alat peraga kampanye.',
      'Berfoto sambil menunjukkan nomor urut atau simbol peserta dengan jari.',
      'Membuat keputusan atau tindakan yang menguntungkan atau merugikan peserta pemilu.',
      'Menggunakan fasilitas negara untuk kepentingan peserta pemilu.',
    ],
    quote: 'ASN boleh memilih, tetapi tidak boleh berkampanye.',
    cite: 'Prinsip netralitas ASN',
  },
  law: {
    title: 'Dasar hukum',
    text: 'Netra mengikuti UU 20/2023 tentang Aparatur Sipil Negara, UU 7/2017 tentang Pemilihan Umum, dan UU 10/2016 tentang Pemilihan Gubernur, Bupati, dan Wali Kota, beserta peraturan pelaksananya.',
  },
};

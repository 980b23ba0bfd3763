// The public landing page, in English.
import type { Messages } from '../../i18n/id.js';

export const landingEn: Messages['landing'] = {
  pageTitle: 'Supervising civil-servant neutrality',
  kicker: 'Pemilu and Pilkada',
  title: 'Netra: supervising the neutrality of Indonesia’s civil servants (ASN)',
  lead: 'Netra is a platform for Bawaslu and its offices to prevent, watch and handle violations of ASN neutrality in general elections (Pemilu) and regional head elections (Pilkada) — from a report or finding to the follow-up of sanctions.',
  cta: {
    signIn: 'Sign in (staff)',
    regions: 'Browse regions',
    deadlines: 'Deadline calculator',
    api: 'API reference',
  },
  stages: {
    title: 'From prevention to sanction',
    lead: 'One shared workflow for every level of election supervision, with an audit trail at each step.',
    prevent: { title: 'Prevention', text: 'Outreach, advisories and mapping where ASN neutrality is at risk, region by region.' },
    watch: { title: 'Supervision', text: 'Field supervision, polling-station (TPS) supervision and social-media patrols at every level.' },
    handle: { title: 'Handling', text: 'Public reports and supervisors’ findings are recorded, examined and decided within the legal deadlines.' },
    follow: { title: 'Recommendation & follow-up', text: 'Bawaslu’s recommendations go to the competent authority, and the follow-up of sanctions is tracked.' },
  },
  audience: {
    title: 'Who it is for',
    bawaslu: { title: 'Bawaslu RI, Provinsi and Kabupaten/Kota', text: 'Members and the staff of violation handling, prevention, and data and information.' },
    panwaslu: { title: 'Panwaslu Kecamatan and Kelurahan/Desa', text: 'Supervisors at district and village level, closest to the voters.' },
    tps: { title: 'Pengawas TPS', text: 'Polling-station supervisors who record incidents on voting day.' },
    partners: { title: 'Partners (read-only)', text: 'BKN, the agencies of the staffing authorities (PPK) and Sentra Gakkumdu see the cases within their remit.' },
  },
  donts: {
    title: 'What a civil servant may not do',
    lead: 'Civil servants (ASN) must stay neutral. Examples of what is forbidden, social media included:',
    items: [
      'Like, comment on, share or follow a candidate’s posts and accounts.',
      'Attend or take part in a campaign.',
      'Put up banners, billboards or other campaign material.',
      'Pose for photos showing a candidate’s number or sign with one’s fingers.',
      'Make decisions or take actions that favour or harm a candidate.',
      'Use state facilities for a candidate’s benefit.',
    ],
    quote: 'A civil servant may vote, but may not campaign.',
    cite: 'The principle of ASN neutrality',
  },
  law: {
    title: 'Legal basis',
    text: 'Netra follows UU 20/2023 on the civil service (Aparatur Sipil Negara), UU 7/2017 on general elections (Pemilu) and UU 10/2016 on the election of governors, regents and mayors (Pilkada), with their implementing regulations.',
  },
};

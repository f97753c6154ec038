// Demo vocabulary. People and organisation names below are invented for the demo (except the
// government medical colleges and the Alibag civil hospital, which are public institutions);
// every district, taluka, facility, profession, specialty, language and country comes from the
// reference tables.

export const DEMO_PASSWORD = "skillflow-demo-2026";
export const DEMO_DOMAIN = "demo.skillflow.test"; // RFC 2606 reserved: never a real mailbox

export const firstNames = [
  "Aarti",
  "Aditya",
  "Ajay",
  "Amit",
  "Anand",
  "Anjali",
  "Ashwini",
  "Deepak",
  "Gauri",
  "Kiran",
  "Madhuri",
  "Manisha",
  "Meera",
  "Milind",
  "Nandini",
  "Neha",
  "Nikhil",
  "Pallavi",
  "Prachi",
  "Pradeep",
  "Prakash",
  "Priya",
  "Rahul",
  "Rajesh",
  "Rohini",
  "Sachin",
  "Sameer",
  "Sandeep",
  "Shalini",
  "Shruti",
  "Sneha",
  "Sunil",
  "Swati",
  "Tejas",
  "Uday",
  "Vaishali",
  "Vikram",
  "Vinay",
  "Yogesh",
  "Farhan",
  "Sana",
  "Imran",
  "Ayesha",
  "Ketaki",
  "Omkar",
  "Radhika",
  "Siddharth",
  "Tanvi",
];
export const surnames = [
  "Patil",
  "Deshmukh",
  "Kulkarni",
  "Joshi",
  "Pawar",
  "Jadhav",
  "Shinde",
  "Gaikwad",
  "Kale",
  "More",
  "Deshpande",
  "Apte",
  "Bhosale",
  "Chavan",
  "Kamble",
  "Salunkhe",
  "Naik",
  "Sawant",
  "Wagh",
  "Khan",
  "Shaikh",
  "Mehta",
  "Gokhale",
  "Karve",
  "Thakur",
  "Bhagat",
  "Mane",
  "Lokhande",
  "Dhole",
  "Ingle",
];

/** ESCO concept ids (ref_professions.code) with a weight in the volunteer population. */
export const professions = {
  gp: "71f09c8b-a172-408c-b9e7-32e580e39ff6",
  specialist: "9b889f07-c39c-464d-b9d9-b2daa650f9ac",
  nurse: "8d3e8aaa-791b-4c75-a465-f3f827028f50",
  specialistNurse: "18e14e61-495b-44cc-a7c6-df4c625934ba",
  midwife: "95cda6a9-a70a-4a93-9442-11d573cb4a02",
  physio: "006cc1f9-2841-41c3-991a-dc3f2f3bd533",
  pharmacist: "7c132147-428b-4ea3-87e1-70f7abb691ce",
  medicineLecturer: "0bf5d25a-2b4d-43b5-b053-beeb210fa43a",
  nursingLecturer: "1bbaf82c-67ae-4beb-9a55-7298acf5b2af",
  clinicalPsychologist: "c3c8c56c-b3ab-4425-a38a-abcace020d22",
  dentist: "e52b5707-7097-4dbc-ac61-054e917da241",
} as const;

export const professionWeights: [string, number][] = [
  [professions.specialist, 35],
  [professions.gp, 15],
  [professions.nurse, 16],
  [professions.specialistNurse, 4],
  [professions.midwife, 5],
  [professions.physio, 5],
  [professions.pharmacist, 4],
  [professions.medicineLecturer, 6],
  [professions.nursingLecturer, 2],
  [professions.clinicalPsychologist, 4],
  [professions.dentist, 4],
];

/** CMS specialty codes weighted for a diaspora physician population. */
export const specialtyWeights: [string, number][] = [
  ["11", 14],
  ["37", 10],
  ["16", 10],
  ["02", 8],
  ["18", 6],
  ["05", 7],
  ["26", 6],
  ["06", 6],
  ["20", 5],
  ["08", 6],
  ["93", 5],
  ["30", 4],
  ["22", 3],
  ["29", 3],
  ["39", 2],
  ["13", 3],
  ["10", 3],
  ["44", 2],
  ["46", 2],
  ["38", 2],
];

export const countries: [string, number][] = [
  ["US", 35],
  ["GB", 25],
  ["CA", 8],
  ["AU", 8],
  ["AE", 8],
  ["DE", 4],
  ["SG", 4],
  ["NZ", 3],
  ["IE", 3],
  ["SA", 2],
];

export const cities: Record<string, string[]> = {
  US: ["Houston", "Edison", "Chicago", "San Jose", "Atlanta", "Boston"],
  GB: ["Manchester", "Leicester", "London", "Birmingham", "Leeds"],
  CA: ["Toronto", "Brampton", "Vancouver"],
  AU: ["Sydney", "Melbourne", "Perth"],
  AE: ["Dubai", "Abu Dhabi"],
  DE: ["Berlin", "Munich"],
  SG: ["Singapore"],
  NZ: ["Auckland"],
  IE: ["Dublin", "Cork"],
  SA: ["Riyadh", "Jeddah"],
};

export const licensingAuthority: Record<string, string> = {
  US: "Texas Medical Board",
  GB: "General Medical Council",
  CA: "College of Physicians and Surgeons of Ontario",
  AU: "Australian Health Practitioner Regulation Agency",
  AE: "Dubai Health Authority",
  DE: "Landesärztekammer Bayern",
  SG: "Singapore Medical Council",
  NZ: "Medical Council of New Zealand",
  IE: "Medical Council of Ireland",
  SA: "Saudi Commission for Health Specialties",
};

/** Fictional phone ranges reserved for drama/testing where they exist. */
export function demoPhone(country: string, n: number): string {
  const four = String(n % 10000).padStart(4, "0");
  if (country === "US" || country === "CA") return `+1 555 01${four.slice(2)}`;
  if (country === "GB") return `+44 7700 900${four.slice(1)}`;
  return `+00 000 ${four}`;
}

/** Districts (by current English name) that host a district health office in the demo. */
export const dhoDistricts = [
  "Raigad",
  "Nagpur",
  "Pune",
  "Nashik",
  "Ratnagiri",
  "Gadchiroli",
  "Nandurbar",
  "Chandrapur",
  "Beed",
  "Latur",
  "Amravati",
  "Yavatmal",
  "Palghar",
  "Satara",
];

export const medicalColleges: { name: string; district: string }[] = [
  { name: "Government Medical College, Nagpur", district: "Nagpur" },
  { name: "B. J. Government Medical College, Pune", district: "Pune" },
  { name: "Government Medical College, Chhatrapati Sambhajinagar", district: "Chhatrapati Sambhajinagar" },
];

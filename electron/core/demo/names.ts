import { foldForSearch } from '../../common/text';
/**
 * Invented names from many cultures, spelled as people spell them — with
 * their accents and letters (García, Nguyễn, Łukasz, Þórunn, Oyèláràn) — so
 * search, sorting and printing are exercised the way a real roster would.
 * Names are combined within a culture most of the time, and across cultures
 * sometimes, as on any faculty roster. Any resemblance to a real person is
 * chance.
 */
export interface NameCulture {
  given: readonly string[];
  family: readonly string[];
}

export const nameCultures: readonly NameCulture[] = [
  {
    given: ['José', 'María', 'Lucía', 'Andrés', 'Sofía', 'Tomás', 'Inés', 'Joaquín', 'Ximena', 'Álvaro'],
    family: ['García', 'Hernández', 'Núñez', 'Peña', 'Ibáñez', 'Sánchez', 'Muñoz', 'Velázquez', 'Cortés', 'Ortíz'],
  },
  {
    given: ['Minh', 'Thảo', 'Huỳnh', 'Lan', 'Quốc', 'Ngọc', 'Tuấn', 'Hạnh'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Võ', 'Bùi', 'Hoàng'],
  },
  {
    given: ['Wei', 'Xiaoling', 'Jun', 'Mei', 'Haoran', 'Yìfān', 'Lì', 'Zhen'],
    family: ['Chen', 'Wang', 'Zhang', 'Liu', 'Lǚ', 'Huang', 'Zhao', 'Xu'],
  },
  {
    given: ['Ji-woo', 'Seo-yeon', 'Min-jun', 'Hye-jin', 'Dong-hyun', 'Eun-ji'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'],
  },
  {
    given: ['Haruto', 'Yūko', 'Kenji', 'Aiko', 'Shōta', 'Emi'],
    family: ['Nakamura', 'Satō', 'Takahashi', 'Itō', 'Yamamoto', 'Kōno'],
  },
  {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Lakshmi', 'Vikram', 'Deepa', 'Sanjay'],
    family: ['Raghunathan', 'Iyer', 'Patel', 'Chatterjee', 'Krishnamurthy', 'Desai', 'Menon', 'Bhattacharya'],
  },
  {
    given: ['Chinwe', 'Oluwaseun', 'Adébáyọ̀', 'Ngozi', 'Ikechukwu', 'Folásadé', 'Emeka', 'Yétúndé'],
    family: ['Okonkwo', 'Adeyemi', 'Oyèláràn', 'Nwosu', 'Okafor', 'Ògúnlànà', 'Eze', 'Balógun'],
  },
  {
    given: ['Abebe', 'Mekdes', 'Tesfaye', 'Selam', 'Wanjiru', 'Kwame', 'Akosua', 'Amani'],
    family: ['Haile', 'Tesfaye', 'Bekele', 'Mwangi', 'Mensah', 'Asante', 'Kariuki', 'Odhiambo'],
  },
  {
    given: ['Fatima', 'Yusuf', 'Noor', 'Khalil', 'Leila', 'Omar', 'Rania', 'Samir'],
    family: ['Al-Sayed', 'Haddad', 'Khoury', 'Mansour', 'Saleh', 'El-Amin', 'Nasser', 'Darwish'],
  },
  {
    given: ['Kaveh', 'Shirin', 'Darius', 'Parisa', 'Farrokh', 'Nasrin'],
    family: ['Rostami', 'Tavakoli', 'Farahani', 'Jafari', 'Karimi', 'Moradi'],
  },
  {
    given: ['Ayşe', 'Mehmet', 'Elif', 'Emre', 'Zeynep', 'İlkay', 'Müge', 'Barış'],
    family: ['Öztürk', 'Yılmaz', 'Çelik', 'Şahin', 'Doğan', 'Aydın', 'Kılıç', 'Güneş'],
  },
  {
    given: ['Łukasz', 'Małgorzata', 'Tomasz', 'Agnieszka', 'Jiří', 'Zuzana', 'Radka', 'Ondřej'],
    family: ['Kowalczyk', 'Nowak', 'Wiśniewski', 'Dvořák', 'Novotná', 'Szymańska', 'Černý', 'Zieliński'],
  },
  {
    given: ['Søren', 'Åsa', 'Björn', 'Håkon', 'Ingrid', 'Sigrún', 'Þórunn', 'Ísak'],
    family: ['Sørensen', 'Lindqvist', 'Håkansson', 'Sigurðsson', 'Gunnarsdóttir', 'Bjørnstad', 'Ekström', 'Løvland'],
  },
  {
    given: ['Chloé', 'François', 'Gaëlle', 'Renée', 'Jérôme', 'Zoë', 'Anaïs', 'Loïc'],
    family: ['Lefèvre', 'Girard', 'Bélanger', 'Dubois', 'Côté', 'Mercier', 'Gauthier', 'Roussel'],
  },
  {
    given: ['Siobhán', 'Seán', 'Aoife', 'Niamh', 'Ciarán', 'Máire'],
    family: ['Ó Súilleabháin', 'Ní Bhriain', 'Murphy', 'Kelly', 'Mac Cárthaigh', 'Byrne'],
  },
  {
    given: ['João', 'Conceição', 'Gonçalo', 'Luísa', 'Tiago', 'Beatriz'],
    family: ['Gonçalves', 'Magalhães', 'Conceição', 'Araújo', 'Simões', 'Lourenço'],
  },
  {
    given: ['Jürgen', 'Käthe', 'Lukas', 'Anneliese', 'Matthias', 'Lena'],
    family: ['Müller', 'Schäfer', 'Köhler', 'Weiß', 'Großmann', 'Bäcker'],
  },
  {
    given: ['Xóchitl', 'Tupac', 'Citlali', 'Yupanqui', 'Nayeli', 'Amaru'],
    family: ['Quispe', 'Mamani', 'Huamán', 'Cusi', 'Tzul', 'Xiuh'],
  },
  {
    given: ['Kalani', 'Keahi', 'Leilani', 'Aiyana', 'Tala', 'Ahanu'],
    family: ['Kahananui', 'Kealoha', 'Begay', 'Yazzie', 'Tsosie', 'Nakoa'],
  },
  {
    given: ['Rachel', 'David', 'Emily', 'Michael', 'Sarah', 'James', 'Laura', 'Daniel', 'Olivia', 'Marcus'],
    family: [
      'Johnson',
      'Williams',
      'Brooks',
      'Thompson',
      'Bennett',
      'Foster',
      'Reyes-Carter',
      'Whitfield',
      'Coleman',
      'Hayes',
    ],
  },
];

/** "Þórunn Sigurðsson" → "thorunn.sigurdsson". */
export function emailLocalPart(given: string, family: string): string {
  const fold = (text: string) => foldForSearch(text).replace(/[^a-z]+/g, '');
  return `${fold(given)}.${fold(family)}`;
}

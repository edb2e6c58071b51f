/**
 * Word lists for the generated company. Plain text only: no markup characters, because the
 * hostile-data option of a later issue must be the only source of HTML-looking names.
 * Russian entries are in Cyrillic on purpose — the app must handle both scripts everywhere.
 */

export const EN_MALE = ['James', 'Oliver', 'William', 'Henry', 'Thomas', 'George', 'Daniel', 'Samuel', 'Jack',
  'Michael', 'David', 'Robert', 'Edward', 'Lucas', 'Noah', 'Ethan', 'Benjamin', 'Arthur', 'Leo', 'Ryan']
export const EN_FEMALE = ['Emma', 'Olivia', 'Sophia', 'Charlotte', 'Amelia', 'Grace', 'Emily', 'Isabella', 'Lucy',
  'Hannah', 'Chloe', 'Mia', 'Alice', 'Eleanor', 'Sarah', 'Laura', 'Rachel', 'Zoe', 'Julia', 'Megan']
export const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Wright', 'Turner',
  'Hughes', 'Morgan', 'Bennett', 'Carter', 'Mitchell', 'Parker', 'Cooper', 'Ward', 'Foster', 'Hayes', 'Reed',
  'Collins', 'Murphy', 'Price', 'Russell', 'Fisher', 'Harper', 'Lawson', 'Palmer', 'Sullivan', 'Webb']

/** Russian male names with the stem used for patronymics (Иван → Иванович / Ивановна). */
export const RU_MALE: ReadonlyArray<readonly [name: string, patronymicM: string, patronymicF: string]> = [
  ['Иван', 'Иванович', 'Ивановна'], ['Алексей', 'Алексеевич', 'Алексеевна'], ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'], ['Андрей', 'Андреевич', 'Андреевна'], ['Михаил', 'Михайлович', 'Михайловна'],
  ['Николай', 'Николаевич', 'Николаевна'], ['Павел', 'Павлович', 'Павловна'], ['Артём', 'Артёмович', 'Артёмовна'],
  ['Максим', 'Максимович', 'Максимовна'], ['Владимир', 'Владимирович', 'Владимировна'], ['Егор', 'Егорович', 'Егоровна'],
  ['Роман', 'Романович', 'Романовна'], ['Игорь', 'Игоревич', 'Игоревна'], ['Олег', 'Олегович', 'Олеговна'],
  ['Константин', 'Константинович', 'Константиновна'], ['Григорий', 'Григорьевич', 'Григорьевна'],
  ['Фёдор', 'Фёдорович', 'Фёдоровна'], ['Юрий', 'Юрьевич', 'Юрьевна'], ['Виктор', 'Викторович', 'Викторовна']
]
export const RU_FEMALE = ['Анна', 'Мария', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Екатерина', 'Ирина', 'Светлана',
  'Юлия', 'Дарья', 'Анастасия', 'Ксения', 'Полина', 'Вера', 'Алина', 'Виктория', 'Людмила', 'Софья', 'Евгения']
/** Male forms; female forms are derived by feminineSurname(). */
export const RU_LAST = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков',
  'Морозов', 'Волков', 'Соловьёв', 'Васильев', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов',
  'Воробьёв', 'Фёдоров', 'Михайлов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Орлов', 'Киселёв', 'Макаров',
  'Андреев', 'Ковалевский', 'Никитин', 'Захаров', 'Зуев', 'Калинин', 'Борисов', 'Ильин', 'Гусев', 'Титов', 'Кудрявцев']

export function feminineSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return male + 'а'
  if (male.endsWith('ский')) return male.slice(0, -4) + 'ская'
  if (male.endsWith('цкий')) return male.slice(0, -4) + 'цкая'
  return male
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya'
}

/** e-mail local parts for Cyrillic names (Иван Петров → ivan.petrov). */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (ch) => TRANSLIT[ch] ?? ch).join('').replace(/[^a-z0-9]/g, '')
}

export const EN_POSITIONS = ['Sales Manager', 'Account Executive', 'Software Engineer', 'QA Engineer', 'Designer',
  'Product Manager', 'Marketing Specialist', 'Accountant', 'HR Manager', 'Support Specialist', 'Data Analyst',
  'Office Manager', 'Lawyer', 'Logistics Coordinator', 'Procurement Specialist', 'System Administrator']
export const RU_POSITIONS = ['Менеджер по продажам', 'Программист', 'Тестировщик', 'Дизайнер', 'Бухгалтер',
  'Маркетолог', 'Специалист службы поддержки', 'Юрист', 'Аналитик', 'Офис-менеджер', 'Логист', 'Менеджер по закупкам',
  'Системный администратор', 'Специалист по кадрам']
export const EN_HEAD_POSITION = 'Head of department'
export const RU_HEAD_POSITION = 'Руководитель отдела'
export const EXTRANET_POSITIONS = ['Contractor', 'Consultant', 'Партнёр', 'Подрядчик']

export const COMPANY_NAME = 'Acme Corporation'
export const PORTAL_NAME = 'acme.bitrix24.com'
export const EMAIL_DOMAIN = 'acme.example'
export const EXTRANET_EMAIL_DOMAIN = 'partner.example'

/** Top-level areas of the company and the names their sub-departments draw from. */
export const EN_AREAS: ReadonlyArray<readonly [area: string, subs: readonly string[]]> = [
  ['Sales', ['Enterprise Sales', 'SMB Sales', 'Sales EMEA', 'Sales North America', 'Sales APAC', 'Key Accounts', 'Presales', 'Sales Operations']],
  ['Engineering', ['Backend', 'Frontend', 'Mobile', 'Platform', 'Quality Assurance', 'DevOps', 'Security', 'Data Engineering']],
  ['Marketing', ['Brand', 'Content', 'Digital Marketing', 'Events', 'Product Marketing', 'PR', 'Partner Marketing']],
  ['Customer Support', ['First Line', 'Second Line', 'Onboarding', 'Customer Success', 'Knowledge Base']],
  ['Finance', ['Accounting', 'Treasury', 'Payroll', 'Financial Planning', 'Audit']],
  ['Human Resources', ['Recruitment', 'Learning and Development', 'Compensation', 'Employee Relations']],
  ['Operations', ['Logistics', 'Procurement', 'Facilities', 'Warehouse', 'Fleet']],
  ['Product', ['Product Management', 'Design', 'Research', 'Analytics']],
  ['Legal', ['Contracts', 'Compliance', 'Intellectual Property']],
  ['IT', ['Service Desk', 'Infrastructure', 'Business Applications']]
]

/** The Moscow branch keeps its structure in Russian, as a real mixed portal does. */
export const RU_BRANCH = 'Московский офис'
export const RU_SUBS = ['Отдел продаж', 'Бухгалтерия', 'Отдел кадров', 'Служба поддержки', 'Склад', 'Логистика',
  'Отдел закупок', 'Юридический отдел', 'Отдел маркетинга', 'Отдел разработки', 'Отдел качества', 'Администрация']

export const EN_QUALIFIERS = ['North', 'South', 'East', 'West', 'Central', 'Group A', 'Group B', 'Regional', 'Key', 'Direct']
export const RU_QUALIFIERS = ['Север', 'Юг', 'Восток', 'Запад', 'Центр', 'Группа А', 'Группа Б', 'Региональный']

export const EN_TEAMS = ['Alpha', 'Bravo', 'Phoenix', 'Falcon', 'Orion', 'Atlas', 'Nova', 'Comet', 'Horizon', 'Vector',
  'Pioneer', 'Summit', 'Aurora', 'Quasar', 'Zenith']
export const RU_TEAMS = ['Альфа', 'Вектор', 'Восход', 'Спутник', 'Меридиан', 'Сокол', 'Полюс', 'Гранит']
/**
 * humanresources team colours (colorName,
 * https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-add.html).
 */
export const TEAM_COLORS = ['blue', 'green', 'cyan', 'orange', 'purple', 'pink']

/** The 16 chat colour names (im.chat.add COLOR). */
export const CHAT_COLORS = ['RED', 'GREEN', 'MINT', 'LIGHT_BLUE', 'DARK_BLUE', 'PURPLE', 'AQUA', 'PINK', 'LIME',
  'BROWN', 'AZURE', 'KHAKI', 'SAND', 'MARENGO', 'GRAY', 'GRAPHITE']

export const EN_CHAT_TOPICS = ['Weekly sync', 'Release planning', 'Office life', 'Lunch club', 'Hiring', 'Q3 budget',
  'Customer escalations', 'Website relaunch', 'Conference trip', 'Onboarding buddies', 'Book club', 'Incident room',
  'Design review', 'Partner program', 'Price list update']
export const RU_CHAT_TOPICS = ['Планёрка', 'Обсуждение релиза', 'Корпоратив', 'Отпуска', 'Закупки на квартал',
  'Новые клиенты', 'Переезд офиса', 'Обучение', 'Срочные вопросы', 'Отчётность']
export const EN_CHANNEL_TOPICS = ['Company news', 'Announcements', 'Product updates', 'Wins of the week', 'IT status',
  'HR news', 'Security notices', 'Sales leaderboard']
export const RU_CHANNEL_TOPICS = ['Новости компании', 'Объявления', 'Новости продукта', 'Дежурства', 'Новости отдела кадров']

export const EN_WORKGROUPS = ['Website redesign', 'CRM migration', 'Annual conference', 'Mobile app 2.0',
  'Office move', 'Partner portal', 'Data warehouse', 'Brand refresh', 'Customer advisory board', 'ISO audit']
export const RU_WORKGROUPS = ['Внедрение CRM', 'Новый склад', 'Годовой отчёт', 'Выставка', 'Переезд офиса',
  'Проект с подрядчиком', 'Запуск продукта']

export const OPEN_LINE_NAMES = ['Support', 'Sales', 'Партнёры', 'Website chat', 'VIP clients']

/** Built-in Contact Center connectors (imconnector.list shows them beside the app's own). */
export const BUILTIN_CONNECTORS: ReadonlyArray<readonly [id: string, name: string]> = [
  ['livechat', 'Online chat'],
  ['telegrambot', 'Telegram'],
  ['whatsappbyedna', 'WhatsApp by Edna'],
  ['vkgroup', 'VK'],
  ['avito', 'Avito'],
  ['network', 'Bitrix24.Network']
]

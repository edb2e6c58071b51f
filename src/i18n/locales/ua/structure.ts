/** The Structure section's texts (Ukrainian): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Структура',
    tabs: 'Розділи структури',
    matrix: 'Покриття'
  },
  types: {
    CHAT: 'Чат',
    CHANNEL: 'Канал',
    COLLAB: 'Колаба'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'чат',
    CHANNEL: 'канал',
    COLLAB: 'колаба'
  },
  status: {
    nodes: 'Завантажується структура: поки вузлів — {count}…',
    nodesOf: 'Завантажується структура: вузлів — {count} з {total}…',
    communications: 'Завантажено вузлів: {loaded} з {total}',
    loaded: '{total} вузлів | {total} вузол | {total} вузли | {total} вузлів',
    error: 'Не вдалося завантажити покриття: {message}',
    cancel: 'Зупинити завантаження',
    reload: 'Оновити'
  },
  filters: {
    label: 'Фільтри',
    text: 'Фільтр за назвою',
    noChat: 'Без чату',
    noChannel: 'Без каналу',
    noCollab: 'Без колаби',
    branch: 'Гілка: {name}',
    clearBranch: 'Показати всю структуру',
    reset: 'Скинути фільтри',
    shown: 'Показано: {shown} з {total}'
  },
  matrix: {
    label: 'Покриття структури компанії',
    name: 'Відділ або команда',
    chats: 'Чати',
    channels: 'Канали',
    collabs: 'Колаби',
    actions: 'Дії',
    selectColumn: 'Вибір',
    select: 'Вибрати «{name}»',
    inherited: '+{count} успадковано',
    hidden: 'приховано: {count}',
    cellLabel: 'напряму: {direct}, успадковано: {inherited}, приховано: {hidden}',
    unknown: 'не завантажено',
    team: 'Команда',
    department: 'Відділ',
    showBranch: 'Показати лише гілку «{name}»',
    selectBranch: 'Вибрати «{name}» і все, що нижче',
    empty: 'Немає відділів і команд, що відповідають фільтрам.',
    emptyStructure: 'У структурі поки немає відділів.'
  },
  selection: {
    count: 'Вибрано: {count} | Вибрано: {count} | Вибрано: {count} | Вибрано: {count}',
    selectFiltered: 'Вибрати всі показані',
    clear: 'Зняти вибір',
    bind: 'Прив’язати…',
    unbind: 'Відв’язати…',
    createDefault: 'Створити за замовчуванням…',
    noEditRight: 'Масово змінювати комунікації можуть лише адміністратори.'
  },
  csv: {
    export: 'Вивантажити CSV',
    fileName: 'pokryttia'
  },
  action: {
    titleBind: 'Прив’язати до {count} вибраних вузлів | Прив’язати до {count} вибраного вузла | Прив’язати до {count} вибраних вузлів | Прив’язати до {count} вибраних вузлів',
    titleUnbind: 'Відв’язати від {count} вибраних вузлів | Відв’язати від {count} вибраного вузла | Відв’язати від {count} вибраних вузлів | Відв’язати від {count} вибраних вузлів',
    titleCreate: 'Створити за замовчуванням для {count} вибраних вузлів | Створити за замовчуванням для {count} вибраного вузла | Створити за замовчуванням для {count} вибраних вузлів | Створити за замовчуванням для {count} вибраних вузлів',
    type: 'Тип',
    source: 'Звідки вибрати',
    sources: {
      chats: 'Нещодавні чати',
      channels: 'Канали',
      collabs: 'Колаби',
      search: 'Пошук чатів'
    },
    searchLabel: 'Назва чату',
    searchHint: 'Не менше {min} символів',
    byId: 'Або введіть ідентифікатор',
    idLabel: 'Ідентифікатор чату, каналу або колаби',
    idInvalid: 'Введіть ціле додатне число.',
    pickRequired: 'Спершу виберіть чат, канал або колабу.',
    loading: 'Завантаження…',
    empty: 'Тут нічого вибрати.',
    loadError: 'Не вдалося завантажити список: {message}',
    bound: 'Зараз прив’язано до вибраних вузлів',
    createHint: 'Кожен вибраний вузол, що не має комунікації типу «{type}», отримає нову закриту комунікацію з назвою вузла. Вузли, де така вже є, не змінюються.',
    plan: 'Переглянути план',
    cancel: 'Скасувати'
  },
  plan: {
    title: 'План: {action}',
    actionBind: 'прив’язати {type} «{title}»',
    actionUnbind: 'відв’язати {type} «{title}»',
    actionCreate: 'створити {type} за замовчуванням',
    summary: 'Буде надіслано {count} змін, запитів: {requests}. | Буде надіслано {count} зміну, запитів: {requests}. | Буде надіслано {count} зміни, запитів: {requests}. | Буде надіслано {count} змін, запитів: {requests}.',
    nothing: 'Змінювати нічого: усі вибрані вузли вже в потрібному стані.',
    changes: 'Зміни',
    skipped: 'Без змін ({count})',
    reasons: {
      'already-bound': 'уже прив’язано',
      'not-bound': 'не прив’язано',
      'has-some': 'уже є',
      'not-loaded': 'комунікації не завантажено'
    },
    change: {
      bind: 'прив’язати',
      unbind: 'відв’язати',
      createDefault: 'створити за замовчуванням'
    },
    send: 'Надіслати {count} змін | Надіслати {count} зміну | Надіслати {count} зміни | Надіслати {count} змін',
    discard: 'Скасувати план',
    confirmUnbindTitle: 'Відв’язати від {count} вузлів? | Відв’язати від {count} вузла? | Відв’язати від {count} вузлів? | Відв’язати від {count} вузлів?',
    confirmUnbindText: 'Учасники залишаться в чаті, але він більше не належатиме цим відділам і командам. Журнал дає змогу скасувати це.',
    confirmUnbind: 'Відв’язати'
  },
  run: {
    title: 'Масова зміна',
    progress: 'Готово: {settled} з {total}',
    progressLabel: 'Перебіг масової зміни',
    cancel: 'Зупинити',
    cancelling: 'Зупиняємо після поточного запиту…',
    interrupted: 'Масова зміна зупинилася до завершення: готово {done} з {total}. Під час продовження нічого не буде надіслано двічі.',
    resume: 'Продовжити',
    finished: 'Готово: успішно — {done}, з помилкою — {failed}.',
    succeeded: 'Успішно ({count})',
    failed: 'З помилкою ({count})',
    unknown: 'Не підтверджено ({count}): не вдалося запитати портал, що на ньому зараз. Продовжте, щоб перевірити знову.',
    retry: 'Повторити невдалі',
    close: 'Закрити звіт',
    error: 'Масова зміна зупинилася: {message}',
    freshError: 'Не вдалося оновити екран даними порталу: {message}',
    journalError: 'Зміни внесено, але журнал не вдалося зберегти: {message}',
    status: {
      pending: 'очікує',
      running: 'надсилається',
      done: 'готово',
      failed: 'помилка',
      unknown: 'не підтверджено'
    }
  }
}

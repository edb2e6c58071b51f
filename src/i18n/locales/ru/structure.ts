/** The Structure section's texts (русский): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Структура',
    tabs: 'Разделы структуры',
    matrix: 'Покрытие'
  },
  types: {
    CHAT: 'Чат',
    CHANNEL: 'Канал',
    COLLAB: 'Коллаба'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'чат',
    CHANNEL: 'канал',
    COLLAB: 'коллаба'
  },
  status: {
    nodes: 'Загружается структура: пока узлов — {count}…',
    nodesOf: 'Загружается структура: узлов — {count} из {total}…',
    communications: 'Загружено узлов: {loaded} из {total}',
    loaded: '{total} узлов | {total} узел | {total} узла | {total} узлов',
    error: 'Не удалось загрузить покрытие: {message}',
    cancel: 'Остановить загрузку',
    reload: 'Обновить'
  },
  filters: {
    label: 'Фильтры',
    text: 'Фильтр по названию',
    noChat: 'Без чата',
    noChannel: 'Без канала',
    noCollab: 'Без коллабы',
    branch: 'Ветка: {name}',
    clearBranch: 'Показать всю структуру',
    reset: 'Сбросить фильтры',
    shown: 'Показано: {shown} из {total}'
  },
  matrix: {
    label: 'Покрытие структуры компании',
    name: 'Отдел или команда',
    chats: 'Чаты',
    channels: 'Каналы',
    collabs: 'Коллабы',
    actions: 'Действия',
    selectColumn: 'Выбор',
    select: 'Выбрать «{name}»',
    inherited: '+{count} унаследовано',
    hidden: 'скрыто: {count}',
    cellLabel: 'напрямую: {direct}, унаследовано: {inherited}, скрыто: {hidden}',
    unknown: 'не загружено',
    team: 'Команда',
    department: 'Отдел',
    showBranch: 'Показать только ветку «{name}»',
    selectBranch: 'Выбрать «{name}» и всё, что ниже',
    empty: 'Нет отделов и команд, подходящих под фильтры.',
    emptyStructure: 'В структуре пока нет отделов.'
  },
  selection: {
    count: 'Выбрано: {count} | Выбрано: {count} | Выбрано: {count} | Выбрано: {count}',
    selectFiltered: 'Выбрать все показанные',
    clear: 'Снять выбор',
    bind: 'Привязать…',
    unbind: 'Отвязать…',
    createDefault: 'Создать по умолчанию…',
    noEditRight: 'Массово менять коммуникации могут только администраторы.'
  },
  csv: {
    export: 'Выгрузить CSV',
    fileName: 'pokrytie'
  },
  action: {
    titleBind: 'Привязать к {count} выбранным узлам | Привязать к {count} выбранному узлу | Привязать к {count} выбранным узлам | Привязать к {count} выбранным узлам',
    titleUnbind: 'Отвязать от {count} выбранных узлов | Отвязать от {count} выбранного узла | Отвязать от {count} выбранных узлов | Отвязать от {count} выбранных узлов',
    titleCreate: 'Создать по умолчанию для {count} выбранных узлов | Создать по умолчанию для {count} выбранного узла | Создать по умолчанию для {count} выбранных узлов | Создать по умолчанию для {count} выбранных узлов',
    type: 'Тип',
    source: 'Откуда выбрать',
    sources: {
      chats: 'Недавние чаты',
      channels: 'Каналы',
      collabs: 'Коллабы',
      search: 'Поиск чатов'
    },
    searchLabel: 'Название чата',
    searchHint: 'Не меньше {min} символов',
    byId: 'Или введите идентификатор',
    idLabel: 'Идентификатор чата, канала или коллабы',
    idInvalid: 'Введите целое положительное число.',
    pickRequired: 'Сначала выберите чат, канал или коллабу.',
    loading: 'Загрузка…',
    empty: 'Здесь нечего выбрать.',
    loadError: 'Не удалось загрузить список: {message}',
    bound: 'Сейчас привязаны к выбранным узлам',
    createHint: 'Каждый выбранный узел, у которого нет типа «{type}», получит новый закрытый, названный по узлу. Узлы, где он уже есть, не меняются.',
    plan: 'Посмотреть план',
    cancel: 'Отмена'
  },
  plan: {
    title: 'План: {action}',
    actionBind: 'привязать {type} «{title}»',
    actionUnbind: 'отвязать {type} «{title}»',
    actionCreate: 'создать {type} по умолчанию',
    summary: 'Будет отправлено {count} изменений, запросов: {requests}. | Будет отправлено {count} изменение, запросов: {requests}. | Будут отправлены {count} изменения, запросов: {requests}. | Будет отправлено {count} изменений, запросов: {requests}.',
    nothing: 'Менять нечего: все выбранные узлы уже в нужном состоянии.',
    changes: 'Изменения',
    skipped: 'Без изменений ({count})',
    reasons: {
      'already-bound': 'уже привязан',
      'not-bound': 'не привязан',
      'has-some': 'уже есть',
      'not-loaded': 'коммуникации не загружены'
    },
    change: {
      bind: 'привязать',
      unbind: 'отвязать',
      createDefault: 'создать по умолчанию'
    },
    send: 'Отправить {count} изменений | Отправить {count} изменение | Отправить {count} изменения | Отправить {count} изменений',
    discard: 'Отменить план',
    confirmUnbindTitle: 'Отвязать от {count} узлов? | Отвязать от {count} узла? | Отвязать от {count} узлов? | Отвязать от {count} узлов?',
    confirmUnbindText: 'Участники останутся в чате, но он больше не будет принадлежать этим отделам и командам. Журнал позволит отменить это.',
    confirmUnbind: 'Отвязать'
  },
  run: {
    title: 'Массовое изменение',
    progress: 'Готово: {settled} из {total}',
    progressLabel: 'Ход массового изменения',
    cancel: 'Остановить',
    cancelling: 'Остановка после текущего запроса…',
    interrupted: 'Массовое изменение остановилось до конца: готово {done} из {total}. При продолжении ничего не будет отправлено дважды.',
    resume: 'Продолжить',
    finished: 'Готово: успешно — {done}, с ошибкой — {failed}.',
    succeeded: 'Успешно ({count})',
    failed: 'С ошибкой ({count})',
    unknown: 'Не подтверждено ({count}): не удалось спросить портал, что на нём сейчас. Продолжите, чтобы проверить снова.',
    retry: 'Повторить неудачные',
    close: 'Закрыть отчёт',
    error: 'Массовое изменение остановилось: {message}',
    freshError: 'Не удалось обновить экран данными портала: {message}',
    journalError: 'Изменения сделаны, но журнал сохранить не удалось: {message}',
    status: {
      pending: 'ожидает',
      running: 'отправляется',
      done: 'готово',
      failed: 'ошибка',
      unknown: 'не подтверждено'
    }
  }
}

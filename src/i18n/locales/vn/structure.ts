/** The Structure section's texts (Vietnamese): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'Cơ cấu',
    tabs: 'Chế độ xem cơ cấu',
    matrix: 'Mức độ bao phủ'
  },
  types: {
    CHAT: 'Trò chuyện',
    CHANNEL: 'Kênh',
    COLLAB: 'Collab'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'trò chuyện',
    CHANNEL: 'kênh',
    COLLAB: 'collab'
  },
  status: {
    nodes: 'Đang tải cơ cấu: đã có {count} đơn vị…',
    nodesOf: 'Đang tải cơ cấu: {count} / {total} đơn vị…',
    communications: 'Đã tải {loaded} / {total} đơn vị',
    loaded: '{total} đơn vị | {total} đơn vị',
    error: 'Không thể tải mức độ bao phủ: {message}',
    cancel: 'Dừng tải',
    reload: 'Tải lại'
  },
  filters: {
    label: 'Bộ lọc',
    text: 'Lọc theo tên',
    noChat: 'Không có trò chuyện',
    noChannel: 'Không có kênh',
    noCollab: 'Không có Collab',
    branch: 'Nhánh: {name}',
    clearBranch: 'Hiển thị toàn bộ cơ cấu',
    reset: 'Xóa bộ lọc',
    shown: 'Đang hiển thị {shown} / {total}'
  },
  matrix: {
    label: 'Mức độ bao phủ của cơ cấu công ty',
    name: 'Phòng ban hoặc nhóm',
    chats: 'Trò chuyện',
    channels: 'Kênh',
    collabs: 'Collab',
    actions: 'Thao tác',
    selectColumn: 'Chọn',
    select: 'Chọn {name}',
    inherited: '+{count} kế thừa',
    hidden: '{count} bị ẩn',
    cellLabel: '{direct} trực tiếp, {inherited} kế thừa, {hidden} bị ẩn',
    unknown: 'chưa tải',
    team: 'Nhóm',
    department: 'Phòng ban',
    showBranch: 'Chỉ hiển thị nhánh của {name}',
    selectBranch: 'Chọn {name} và mọi thứ bên dưới',
    empty: 'Không có phòng ban hoặc nhóm nào khớp với bộ lọc.',
    emptyStructure: 'Cơ cấu chưa có phòng ban nào.'
  },
  selection: {
    count: 'Đã chọn: {count} | Đã chọn: {count}',
    selectFiltered: 'Chọn tất cả mục đang hiển thị',
    clear: 'Bỏ chọn',
    bind: 'Liên kết…',
    unbind: 'Hủy liên kết…',
    createDefault: 'Tạo mặc định…',
    noEditRight: 'Chỉ quản trị viên mới có thể thay đổi hàng loạt phương tiện giao tiếp.'
  },
  csv: {
    export: 'Xuất CSV',
    fileName: 'muc-do-bao-phu'
  },
  action: {
    titleBind: 'Liên kết với {count} đơn vị đã chọn | Liên kết với {count} đơn vị đã chọn',
    titleUnbind: 'Hủy liên kết khỏi {count} đơn vị đã chọn | Hủy liên kết khỏi {count} đơn vị đã chọn',
    titleCreate: 'Tạo mặc định cho {count} đơn vị đã chọn | Tạo mặc định cho {count} đơn vị đã chọn',
    type: 'Loại',
    source: 'Chọn từ',
    sources: {
      chats: 'Trò chuyện gần đây',
      channels: 'Kênh',
      collabs: 'Collab',
      search: 'Tìm cuộc trò chuyện'
    },
    searchLabel: 'Tên cuộc trò chuyện',
    searchHint: 'Ít nhất {min} ký tự',
    byId: 'Hoặc nhập ID',
    idLabel: 'ID của cuộc trò chuyện, kênh hoặc Collab',
    idInvalid: 'Nhập một số nguyên dương.',
    pickRequired: 'Hãy chọn một cuộc trò chuyện, kênh hoặc Collab trước.',
    loading: 'Đang tải…',
    empty: 'Không có gì để chọn ở đây.',
    loadError: 'Không thể tải danh sách: {message}',
    bound: 'Hiện đang liên kết với các đơn vị đã chọn',
    createHint: 'Mỗi đơn vị đã chọn chưa có {type} sẽ nhận một {type} riêng tư mới mang tên của đơn vị đó. Các đơn vị đã có sẽ được giữ nguyên.',
    plan: 'Xem lại kế hoạch',
    cancel: 'Hủy'
  },
  plan: {
    title: 'Kế hoạch: {action}',
    actionBind: 'liên kết {type} “{title}”',
    actionUnbind: 'hủy liên kết {type} “{title}”',
    actionCreate: 'tạo {type} mặc định',
    summary: '{count} thay đổi sẽ được gửi trong {requests} yêu cầu. | {count} thay đổi sẽ được gửi trong {requests} yêu cầu.',
    nothing: 'Không có gì để thay đổi: mọi đơn vị đã chọn đều đã đúng như yêu cầu.',
    changes: 'Thay đổi',
    skipped: 'Giữ nguyên ({count})',
    reasons: {
      'already-bound': 'đã có',
      'not-bound': 'không có',
      'has-some': 'đã có một mục',
      'not-loaded': 'chưa tải phương tiện giao tiếp của đơn vị'
    },
    change: {
      bind: 'liên kết',
      unbind: 'hủy liên kết',
      createDefault: 'tạo mặc định'
    },
    send: 'Gửi {count} thay đổi | Gửi {count} thay đổi',
    discard: 'Hủy bỏ kế hoạch',
    confirmUnbindTitle: 'Hủy liên kết khỏi {count} đơn vị? | Hủy liên kết khỏi {count} đơn vị?',
    confirmUnbindText: 'Các thành viên vẫn giữ cuộc trò chuyện, nhưng nó sẽ không còn thuộc về các phòng ban và nhóm này. Bạn có thể hoàn tác trong nhật ký.',
    confirmUnbind: 'Hủy liên kết'
  },
  run: {
    title: 'Thay đổi hàng loạt',
    progress: 'Đã xong {settled} / {total}',
    progressLabel: 'Tiến độ thay đổi hàng loạt',
    cancel: 'Hủy',
    cancelling: 'Sẽ dừng sau yêu cầu hiện tại…',
    interrupted: 'Thay đổi hàng loạt đã dừng trước khi kết thúc: đã xong {done} / {total}. Khi tiếp tục, không có gì bị gửi hai lần.',
    resume: 'Tiếp tục',
    finished: 'Hoàn tất: {done} thành công, {failed} thất bại.',
    succeeded: 'Thành công ({count})',
    failed: 'Thất bại ({count})',
    unknown: 'Chưa xác nhận ({count}): không thể hỏi cổng thông tin về dữ liệu hiện có. Hãy tiếp tục để kiểm tra lại.',
    retry: 'Thử lại các mục thất bại',
    close: 'Đóng báo cáo',
    error: 'Thay đổi hàng loạt đã dừng: {message}',
    freshError: 'Không thể làm mới màn hình từ cổng thông tin: {message}',
    journalError: 'Các thay đổi đã được thực hiện, nhưng không thể lưu nhật ký: {message}',
    status: {
      pending: 'đang chờ',
      running: 'đang gửi',
      done: 'xong',
      failed: 'thất bại',
      unknown: 'chưa xác nhận'
    }
  }
}

/** Departments view (Vietnamese). */
export default {
  title: 'Phòng ban',
  description: 'Cơ cấu công ty cùng các cuộc trò chuyện, kênh và Collab được liên kết với từng phòng ban và nhóm.',
  tree: {
    label: 'Cơ cấu công ty',
    filterLabel: 'Tìm phòng ban hoặc nhóm',
    filterPlaceholder: 'Tên phòng ban hoặc nhóm',
    loading: 'Đang tải cơ cấu công ty…',
    loadingCount: 'Đang tải cơ cấu công ty… đã tải {count}',
    loadingCountOf: 'Đang tải cơ cấu công ty… {count} / {total}',
    errorTitle: 'Không thể tải cơ cấu công ty',
    emptyTitle: 'Không có phòng ban nào',
    emptyDescription: 'Cổng thông tin chưa có phòng ban hoặc nhóm nào.',
    noMatches: 'Không có kết quả nào khớp với “{term}”.',
    matches: 'Tìm thấy: {count}',
    searching: 'Đang tìm trên cổng thông tin…',
    members: 'không có ai | {count} người',
    expand: 'Mở rộng {name}',
    collapse: 'Thu gọn {name}',
    keyboardHint: 'Phím mũi tên để di chuyển, phải để mở, trái để đóng, Enter để chọn.',
    chats: 'không có cuộc trò chuyện | {n} cuộc trò chuyện',
    channels: 'không có kênh | {n} kênh',
    collabs: 'không có Collab | {n} Collab'
  },
  types: {
    DEPARTMENT: 'Phòng ban',
    TEAM: 'Nhóm'
  },
  mine: {
    title: 'Phòng ban của tôi',
    none: 'Bạn không thuộc phòng ban hoặc nhóm nào.'
  },
  panel: {
    placeholderTitle: 'Chọn một phòng ban hoặc nhóm',
    placeholderDescription: 'Các cuộc trò chuyện, kênh và Collab của đơn vị đó sẽ xuất hiện ở đây.',
    loading: 'Đang tải các phương tiện giao tiếp…',
    errorTitle: 'Không thể tải các phương tiện giao tiếp',
    readOnly: 'Bạn có thể xem các phương tiện giao tiếp này nhưng không thể thay đổi: cần có quyền chỉnh sửa cơ cấu.',
    groups: {
      chats: 'Trò chuyện',
      channels: 'Kênh',
      collabs: 'Collab'
    },
    emptyGroup: 'Chưa có',
    hidden: 'Còn {count} mục bạn không thể xem',
    inherited: 'Kế thừa từ {name}',
    inheritedUnknown: 'Kế thừa từ đơn vị cấp trên',
    extranet: 'Extranet',
    noAccess: 'Bạn không phải là thành viên',
    open: 'Mở {title} trong trình nhắn tin',
    openShort: 'Mở',
    unbind: 'Hủy liên kết {title}',
    bind: 'Liên kết',
    createDefault: 'Tạo mặc định',
    reload: 'Tải lại'
  },
  rights: {
    refusedTitle: {
      DEPARTMENT: 'Bạn không thể thay đổi phương tiện giao tiếp của phòng ban',
      TEAM: 'Bạn không thể thay đổi phương tiện giao tiếp của nhóm'
    },
    refused: {
      DEPARTMENT: 'Cổng thông tin đã từ chối thay đổi của bạn: để liên kết cuộc trò chuyện, kênh và Collab với phòng ban, bạn cần quyền “Chỉnh sửa phòng ban”, do quản trị viên cấp trong quyền truy cập của cơ cấu công ty. Việc là trưởng phòng ban không đồng nghĩa với có quyền này.',
      TEAM: 'Cổng thông tin đã từ chối thay đổi của bạn: để liên kết cuộc trò chuyện, kênh và Collab với nhóm, bạn cần quyền “Chỉnh sửa nhóm”, do quản trị viên cấp trong quyền truy cập của cơ cấu công ty. Việc là trưởng nhóm không đồng nghĩa với có quyền này.'
    },
    checkAgain: 'Kiểm tra lại'
  },
  bind: {
    title: 'Liên kết với {name}',
    description: 'Chọn cuộc trò chuyện, kênh và Collab. Các mục đã liên kết được đánh dấu.',
    tabs: {
      chats: 'Trò chuyện',
      channels: 'Kênh',
      collabs: 'Collab',
      search: 'Tìm kiếm'
    },
    searchLabel: 'Tìm cuộc trò chuyện',
    searchPlaceholder: 'Ít nhất 2 ký tự',
    searchShort: 'Nhập ít nhất 2 ký tự.',
    loading: 'Đang tải…',
    empty: 'Không có gì để chọn ở đây.',
    alreadyBound: 'Đã liên kết',
    selected: 'Đã chọn: {count}',
    nothingSelected: 'Chọn ít nhất một cuộc trò chuyện, kênh hoặc Collab.',
    submit: 'Liên kết',
    cancel: 'Hủy',
    loadError: 'Không thể tải danh sách: {message}',
    picker: 'Cuộc trò chuyện, kênh và Collab cần liên kết'
  },
  defaults: {
    title: 'Tạo phương tiện giao tiếp mặc định cho {name}',
    description: 'Cổng thông tin tạo một cuộc trò chuyện hoặc kênh riêng tư, hoặc một Collab, mang tên của đơn vị, do trưởng đơn vị làm chủ sở hữu và gồm các thành viên của đơn vị.',
    typeLabel: 'Tạo gì',
    submit: 'Tạo',
    types: {
      CHAT: 'Trò chuyện',
      CHANNEL: 'Kênh',
      COLLAB: 'Collab'
    }
  },
  children: {
    label: 'Áp dụng cả cho các phòng ban và nhóm con',
    preview: 'Thay đổi này áp dụng cho {count} đơn vị:',
    more: 'và {count} mục khác'
  },
  unbind: {
    title: 'Hủy liên kết {title}?',
    description: 'Mục này sẽ không còn được liên kết với {name}. Bản thân cuộc trò chuyện và các thành viên vẫn giữ nguyên.',
    confirm: 'Hủy liên kết',
    cancel: 'Hủy'
  },
  result: {
    bound: 'Đã liên kết với {name}.',
    unbound: 'Đã hủy liên kết khỏi {name}.',
    created: 'Đã tạo cho {name}.',
    failedTitle: 'Thay đổi chưa được thực hiện',
    partial: 'Một số thay đổi đã được thực hiện trước khi xảy ra lỗi; danh sách hiển thị dữ liệu hiện có trên cổng thông tin.',
    notSent: 'Chưa gửi: {types}.'
  },
  errors: {
    accessDenied: 'Cổng thông tin đã từ chối: bạn không có quyền chỉnh sửa phòng ban hoặc nhóm này.',
    viewDenied: 'Cổng thông tin không hiển thị cơ cấu công ty cho bạn: cơ cấu chỉ dành cho nhân viên của công ty. Hãy liên hệ quản trị viên Bitrix24 nếu bạn cần.',
    notFound: 'Phòng ban hoặc nhóm này không còn tồn tại trên cổng thông tin. Hãy tải lại cơ cấu.',
    validation: 'Cổng thông tin không chấp nhận thay đổi: {message}'
  }
}

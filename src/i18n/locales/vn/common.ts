/** Shell texts (Vietnamese). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'Các mục',
    departments: 'Phòng ban',
    chats: 'Trò chuyện',
    openlines: 'Kênh mở',
    crmFields: 'Trường CRM'
  },
  user: {
    admin: 'Quản trị viên',
    avatarAlt: 'Ảnh của {name}'
  },
  limits: {
    pacingTitle: 'Đang điều tiết yêu cầu theo giới hạn thời gian của cổng thông tin',
    pacing: 'Cổng thông tin chỉ cho mỗi ứng dụng một lượng thời gian xử lý nhất định cho mỗi phương thức trong mười phút. Để không vượt quá giới hạn, các yêu cầu tiếp theo ({methods}) sẽ được gửi lúc {time}. Bạn không cần làm gì: ứng dụng sẽ tự tiếp tục.',
    refusedTitle: 'Cổng thông tin đã tạm dừng một phương thức của ứng dụng này',
    refused: 'Đã đạt giới hạn thời gian của cổng thông tin cho {methods}. Ứng dụng sẽ tự tiếp tục lúc {time}; không có gì bị mất.'
  },
  actions: {
    retry: 'Thử lại'
  },
  missing: {
    structureTitle: 'Cơ cấu công ty không khả dụng',
    structure: 'Cổng thông tin này không cung cấp cơ cấu công ty cho ứng dụng (REST 3.0). Các mục khác vẫn hoạt động.',
    collabs: 'Cổng thông tin này không có Collab nên không có Collab nào để liên kết.'
  },
  colorMode: {
    label: 'Chế độ màu: {mode}',
    system: 'Hệ thống',
    light: 'Sáng',
    dark: 'Tối'
  },
  freshness: {
    asOf: 'Tính đến {time}',
    checking: 'Đang kiểm tra thay đổi…',
    changed: 'Đã thay đổi kể từ đó: {count}',
    clearMarks: 'Ẩn các dấu',
    checkingRow: 'Đang kiểm tra thay đổi',
    changedRow: 'Đã thay đổi'
  },
  boot: {
    connecting: 'Đang kết nối với Bitrix24…',
    errorTitle: 'Không thể khởi động ứng dụng',
    accessDenied: 'Bạn không có quyền truy cập ứng dụng này. Hãy nhờ quản trị viên Bitrix24 cấp quyền cho bạn.'
  },
  errors: {
    network: 'Không thể kết nối với cổng thông tin. Hãy kiểm tra kết nối rồi thử lại.',
    generic: 'Cổng thông tin phản hồi lỗi: {message}'
  },
  outside: {
    title: 'Mở ứng dụng này trong Bitrix24',
    lead: 'Communications Hub chạy bên trong cổng thông tin Bitrix24: ứng dụng lấy người dùng đã đăng nhập và quyền truy cập từ khung của cổng thông tin, nên không thể hoạt động trên trang riêng.',
    portalTitle: 'Trong cổng thông tin Bitrix24 của bạn',
    portalSteps: {
      one: 'Vào Tài nguyên cho nhà phát triển → Khác → Ứng dụng cục bộ.',
      two: 'Đặt đường dẫn trình xử lý (và đường dẫn cài đặt ban đầu) là địa chỉ của trang này:',
      three: 'Cấp cho ứng dụng các phạm vi humanresources, im, imopenlines, imconnector, crm, user, placement, socialnetwork, rồi mở ứng dụng từ menu Ứng dụng.',
      grant: 'Cấp cho ứng dụng các phạm vi {scopes}, rồi mở ứng dụng từ menu Ứng dụng.'
    },
    emulatorTitle: 'Không có cổng thông tin: trình giả lập',
    emulatorText: 'Trong thư mục dự án, hãy chạy lệnh bên dưới. Lệnh này khởi động một cổng thông tin cục bộ giống Bitrix24 có chứa ứng dụng này và in ra địa chỉ cần mở.'
  },
  install: {
    title: 'Cài đặt Communications Hub',
    lead: 'Communications Hub liên kết các cuộc trò chuyện, kênh và Collab với phòng ban và nhóm trong cơ cấu công ty của bạn, đồng thời thiết lập trình kết nối Kênh mở.',
    featuresTitle: 'Ứng dụng làm gì',
    features: {
      departments: 'Hiển thị cơ cấu công ty và các phương tiện giao tiếp của từng phòng ban và nhóm.',
      chats: 'Tạo cuộc trò chuyện nhóm và quản lý người tham gia.',
      openlines: 'Đăng ký và cấu hình trình kết nối Kênh mở.',
      crm: 'Hiển thị các trường liên lạc trong CRM.',
      sidebar: 'Thêm một mục vào thanh bên của cuộc trò chuyện nhóm: các phòng ban và nhóm mà cuộc trò chuyện được liên kết.'
    },
    scopesTitle: 'Quyền truy cập được sử dụng',
    scopes: {
      humanresources: 'cơ cấu công ty',
      im: 'trò chuyện và trình nhắn tin',
      imopenlines: 'Kênh mở',
      imconnector: 'trình kết nối Kênh mở',
      crm: 'CRM',
      user: 'người dùng',
      placement: 'nhúng vào cổng thông tin',
      socialnetwork: 'nhóm làm việc và Collab'
    },
    finish: 'Hoàn tất cài đặt',
    finishFailed: 'Không thể hoàn tất cài đặt: {message}',
    pendingTitle: 'Chưa hoàn tất cài đặt',
    pendingText: 'Quản trị viên Bitrix24 cần mở ứng dụng này một lần để hoàn tất cài đặt. Hãy liên hệ quản trị viên, sau đó mở lại ứng dụng.'
  }
}

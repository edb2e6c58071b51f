/** Open Channels view (Vietnamese). */
export default {
  title: 'Kênh mở',
  description: 'Các kênh mở đối chiếu với trình kết nối, kèm trạng thái cổng thông tin báo cáo cho từng cặp, và cài đặt trình kết nối của ứng dụng này.',
  refresh: 'Tải lại từ cổng thông tin',
  loading: 'Đang tải kênh mở và trình kết nối…',
  loadErrorTitle: 'Không thể tải Kênh mở',
  emptyTitle: 'Không có kênh mở nào',
  emptyDescription: 'Cổng thông tin chưa có kênh mở nào. Hãy tạo một kênh trong Trung tâm liên lạc, rồi quay lại đây.',
  adminOnly: 'Chỉ quản trị viên Bitrix24 mới thiết lập được trình kết nối Kênh mở. Bạn có thể xem trạng thái của chúng tại đây.',
  connectorsDenied: 'Bạn không thể xem danh sách trình kết nối ({reason}); chỉ hiển thị trình kết nối của ứng dụng này.',
  line: {
    off: 'Kênh đã tắt',
    number: 'Kênh mở {id}'
  },
  connector: {
    title: 'Trình kết nối của ứng dụng này',
    id: 'ID trình kết nối: {id}',
    registered: 'Đã đăng ký',
    notRegistered: 'Chưa đăng ký',
    unknown: 'Không rõ trạng thái đăng ký',
    registerHint: 'Việc đăng ký sẽ thêm trình kết nối vào Trung tâm liên lạc; phần cài đặt của nó sẽ mở ứng dụng này.',
    register: 'Đăng ký trình kết nối',
    update: 'Cập nhật đăng ký',
    unregister: 'Hủy đăng ký',
    registeredToast: 'Trình kết nối đã được đăng ký.',
    unregisteredToast: 'Trình kết nối đã được hủy đăng ký.',
    confirmUnregisterTitle: 'Hủy đăng ký trình kết nối?',
    confirmUnregisterText: 'Trình kết nối sẽ bị gỡ khỏi mọi kênh mở, và cài đặt kênh của từng kênh mở sẽ bị xóa. Không thể hoàn tác thao tác này.',
    failed: 'Không thể thay đổi trình kết nối'
  },
  filter: {
    label: 'Hiển thị',
    all: 'Tất cả các cặp',
    attention: 'Cần chú ý ({count})',
    search: 'Tìm kênh mở và trình kết nối',
    onlyMine: 'Chỉ trình kết nối của ứng dụng này'
  },
  table: {
    label: 'Kênh mở và trình kết nối',
    line: 'Kênh mở',
    connector: 'Trình kết nối',
    status: 'Trạng thái',
    actions: 'Thao tác',
    empty: 'Không có cặp nào khớp với bộ lọc.',
    emptyAttention: 'Không có gì cần chú ý.'
  },
  status: {
    active: 'Đang hoạt động',
    inactive: 'Không hoạt động',
    connected: 'Đã kết nối',
    notConnected: 'Chưa kết nối',
    error: 'Lỗi',
    working: 'Đang chạy',
    notWorking: 'Không chạy',
    registered: 'Đã đăng ký',
    notRegistered: 'Chưa đăng ký',
    unavailable: 'Không có trạng thái',
    attention: 'Cần chú ý'
  },
  actions: {
    activate: 'Kích hoạt',
    deactivate: 'Hủy kích hoạt',
    settings: 'Cài đặt kênh',
    settingsFor: 'Cài đặt kênh của {line}',
    activateFor: 'Kích hoạt trên {line}',
    deactivateFor: 'Hủy kích hoạt trên {line}',
    cancel: 'Hủy',
    confirm: 'Xác nhận',
    allLines: 'Tất cả kênh mở',
    close: 'Đóng'
  },
  activation: {
    activated: 'Trình kết nối đang hoạt động trên {line}.',
    deactivated: 'Trình kết nối đã bị hủy kích hoạt trên {line}; các cài đặt của nó tại đó đã bị xóa.',
    confirmTitle: 'Hủy kích hoạt trên {line}?',
    confirmText: 'Việc hủy kích hoạt sẽ xóa cài đặt kênh của kênh mở này (ID, URL, URL cho nhân viên hỗ trợ và tên) trên cổng thông tin. Để kết nối lại, bạn cần kích hoạt trình kết nối và lưu lại cài đặt.',
    failed: 'Không thể chuyển trạng thái trình kết nối'
  },
  channel: {
    title: 'Cài đặt kênh',
    pair: '{connector} trên {line}',
    replaceNotice: 'Khi lưu, cả bốn cài đặt trên cổng thông tin sẽ bị thay thế: không thể chỉ thay đổi một cài đặt. Biểu mẫu luôn gửi tất cả, bắt đầu từ các giá trị mà ứng dụng này đã lưu lần gần nhất.',
    noSaved: 'Ứng dụng này chưa có cài đặt đã lưu cho kênh mở này, nên biểu mẫu bắt đầu từ giá trị mặc định.',
    connector: 'Trình kết nối',
    line: 'Kênh mở',
    id: 'ID kênh',
    idHint: 'Nếu để trống: {fallback}',
    url: 'URL kênh',
    urlHint: 'Liên kết đầy đủ đến cuộc trò chuyện hoặc kênh, http:// hoặc https://',
    urlIm: 'URL cho nhân viên hỗ trợ',
    urlImHint: 'Nếu để trống: URL kênh',
    name: 'Tên kênh',
    save: 'Lưu cài đặt',
    saved: 'Đã lưu cài đặt kênh.',
    notRemembered: 'Cổng thông tin đã nhận cài đặt, nhưng ứng dụng không thể ghi nhớ chúng cho lần sau.',
    failed: 'Không thể lưu cài đặt',
    errors: {
      urlRequired: 'Nhập URL kênh.',
      urlInvalid: 'Nhập địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.',
      urlImInvalid: 'Nhập địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, hoặc để trống để dùng URL kênh.',
      urlHidden: 'Địa chỉ chứa ký tự định hướng vô hình có thể che giấu nơi nó thực sự dẫn đến. Hãy nhập lại mà không có các ký tự đó.',
      nameRequired: 'Nhập tên cho kênh.'
    }
  },
  placement: {
    title: 'Cài đặt trình kết nối',
    lineMissing: 'Không tìm thấy kênh mở {line} trên cổng thông tin.',
    fromPortal: 'Theo thông tin Trung tâm liên lạc cung cấp khi mở trang này'
  },
  errors: {
    wrongAuthType: 'Cài đặt trình kết nối chỉ hoạt động bên trong Bitrix24, khi cổng thông tin mở ứng dụng này (ngữ cảnh ứng dụng). Không thể thay đổi chúng bằng webhook.',
    accessDenied: 'Bạn không có quyền chỉnh sửa trình kết nối Kênh mở. Hãy liên hệ quản trị viên Bitrix24.',
    scope: 'Ứng dụng không có quyền truy cập Kênh mở (phạm vi imopenlines). Hãy nhờ quản trị viên cài đặt lại ứng dụng với phạm vi đó.',
    busy: 'Cổng thông tin đang bận. Hãy đợi một chút rồi thử lại.',
    network: 'Không thể kết nối với cổng thông tin. Hãy kiểm tra kết nối rồi thử lại.',
    generic: 'Cổng thông tin phản hồi: {message}'
  }
}

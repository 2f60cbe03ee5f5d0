# The packages: `cpack` in a build tree (or `toolchains/dev package`, from the release preset)
# writes a .deb, an .rpm and a .tar.gz on Linux. Their dependencies come from the binaries
# (dpkg-shlibdeps, rpm's autoreq); only what Qt loads at run time, which no ELF names, is listed.

set(CPACK_PACKAGE_NAME fastercodes)
set(CPACK_PACKAGE_VENDOR "faster.codes")
set(CPACK_PACKAGE_CONTACT "faster.codes team <packages@faster.codes>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compare the speed of two pieces of code on your machine")
# Lines under 80 columns: Debian shows them as written.
set(CPACK_PACKAGE_DESCRIPTION
  "faster.codes answers one question: which of two pieces of code is faster, by
how much, and how sure can we be, on your own machine. Two syntax-highlighted
editors side by side (any pair of languages); each side is compiled once, then
both run many times, interleaved, with wall time, CPU time and peak memory
measured by the operating system, and a verdict with a confidence interval and
a significance test. Comparisons are kept in a local history and can be shared
as permalinks. The same engine runs from the command line (fastercodes compare
a.c b.c).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\.git/;/node_modules/")
# Values reach the generators as written here (the NSIS commands below have backslashes).
set(CPACK_VERBATIM_VARIABLES ON)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB RPM TGZ)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

  # Debian. A native version (no Debian revision): the package is built from the upstream tree.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_DEBIAN_PACKAGE_SECTION devel)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Plugins Qt opens with dlopen: the X11/Wayland platform plugins (without them the window
  # cannot open), the SQLite driver (the history) and the SVG icon engine (every toolbar icon).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-svg-plugins")
  # A compiler to compare with, the desktop's database of handlers for fastercodes:// links,
  # and the sandbox behind `compare --sandbox`.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gcc | clang, xdg-utils")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "g++, python3, bubblewrap")

  # RPM: requirements from autoreq (on by default, stated here because the packages rely on it).
  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
  set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
  set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
  set(CPACK_RPM_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
  # The plugins Qt opens with dlopen, as for the .deb, under Fedora's package names: the platform
  # plugins (qt6-qtbase-gui), the SQLite driver (in qt6-qtbase) and the SVG icon engine.
  set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
  # The lintian override is Debian's business: not in the .rpm, which also must not claim
  # Debian's folders for it.
  set(CPACK_RPM_USER_FILELIST "%exclude /usr/share/lintian/overrides/fastercodes")
  # Folders the filesystem and hicolor-icon-theme packages own: the package must not claim them.
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/libexec /usr/share/applications /usr/share/metainfo /usr/share/icons
    /usr/share/icons/hicolor /usr/share/man /usr/share/man/man1 /usr/share/doc
    /usr/share/lintian /usr/share/lintian/overrides)
  foreach(size ${FC_ICON_SIZES} scalable)
    if(size STREQUAL "scalable")
      set(dir /usr/share/icons/hicolor/scalable)
    else()
      set(dir /usr/share/icons/hicolor/${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
  endforeach()

  # The documentation Debian wants with every package: the copyright file and a changelog.
  string(REPLACE "-" ";" _fc_ymd ${FASTERCODES_RELEASE_DATE})
  list(GET _fc_ymd 0 _y)
  list(GET _fc_ymd 1 _m)
  list(GET _fc_ymd 2 _d)
  math(EXPR _m "${_m}")
  math(EXPR _d "${_d}")
  # Zeller's congruence, for the weekday the changelog's RFC 2822 date starts with.
  set(_zy ${_y})
  set(_zm ${_m})
  if(_zm LESS 3)
    math(EXPR _zm "${_zm} + 12")
    math(EXPR _zy "${_zy} - 1")
  endif()
  math(EXPR _h "(${_d} + (13 * (${_zm} + 1)) / 5 + ${_zy} % 100 + (${_zy} % 100) / 4 + (${_zy} / 100) / 4 + 5 * (${_zy} / 100)) % 7")
  set(_days Sat Sun Mon Tue Wed Thu Fri)
  set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  list(GET _days ${_h} _dayname)
  math(EXPR _mi "${_m} - 1")
  list(GET _months ${_mi} _monthname)
  if(_d LESS 10)
    set(_d "0${_d}")
  endif()
  set(FC_RELEASE_DATE_RFC2822 "${_dayname}, ${_d} ${_monthname} ${_y} 12:00:00 +0000")
  configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.Debian.in ${CMAKE_CURRENT_BINARY_DIR}/changelog @ONLY)
  if(FC_GZIP)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
      COMMAND ${FC_GZIP} -9nkf ${CMAKE_CURRENT_BINARY_DIR}/changelog
      DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog VERBATIM)
    add_custom_target(fastercodes-changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
  endif()
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
  # Why the spawner is static, for lintian (docs/packaging.md).
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME fastercodes)
endif()

if(WIN32)
  # An NSIS installer (NSIS 3 on PATH: `choco install nsis`), for all users, with a Start menu
  # entry, the Windows icon, and the fastercodes:// scheme registered to fastercodes.exe (which
  # also registers it per user at run time: DesktopIntegration::registerUrlScheme).
  set(CPACK_GENERATOR NSIS ZIP)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "faster.codes")
  set(CPACK_NSIS_PACKAGE_NAME "faster.codes")
  set(CPACK_NSIS_DISPLAY_NAME "faster.codes ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON ${FC_ICON_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${FC_ICON_ICO})
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\fastercodes.exe")
  set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  # Offers to put bin\ (fastercodes-cli.exe) on PATH.
  set(CPACK_NSIS_MODIFY_PATH ON)
  set(CPACK_PACKAGE_EXECUTABLES fastercodes "faster.codes")
  set(_fc_key "Software\\Classes\\fastercodes")
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKLM '${_fc_key}' '' 'URL:faster.codes'
    WriteRegStr HKLM '${_fc_key}' 'URL Protocol' ''
    WriteRegStr HKLM '${_fc_key}\\DefaultIcon' '' '$INSTDIR\\bin\\fastercodes.exe,0'
    WriteRegStr HKLM '${_fc_key}\\shell\\open\\command' '' '\"$INSTDIR\\bin\\fastercodes.exe\" \"%1\"'")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKLM '${_fc_key}'")
elseif(APPLE)
  # A disk image with fastercodes.app (its Info.plist registers fastercodes://) and a link to
  # /Applications to drag it onto.
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "faster.codes")
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON ${FC_ICON_ICNS})
endif()

include(CPack)

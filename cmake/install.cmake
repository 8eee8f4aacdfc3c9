# install(): the headers, the library, the CMake package that gives
# find_package(rotary CONFIG) -> rotary::rotary, and rotary.pc for
# pkg-config. Included by the top-level CMakeLists.txt when ROTARY_INSTALL.
include(CMakePackageConfigHelpers)

set(ROTARY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/rotary)
get_target_property(ROTARY_LIBRARY_TYPE rotary TYPE)

install(DIRECTORY include/rotary
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(TARGETS rotary EXPORT rotaryTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT rotaryTargets
  NAMESPACE rotary::
  DESTINATION ${ROTARY_CMAKE_DIR})

# A static librotary brings Highway (and the C++ runtime) into the consumer's
# link; a shared one keeps them behind its own dependencies.
if(ROTARY_LIBRARY_TYPE STREQUAL "STATIC_LIBRARY")
  set(ROTARY_STATIC ON)
  set(ROTARY_PC_LIBS_PRIVATE "-lhwy -lstdc++ -lm")
else()
  set(ROTARY_STATIC OFF)
  set(ROTARY_PC_LIBS_PRIVATE "")
endif()
configure_package_config_file(cmake/rotaryConfig.cmake.in
  ${PROJECT_BINARY_DIR}/rotaryConfig.cmake
  INSTALL_DESTINATION ${ROTARY_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/rotaryConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/rotaryConfig.cmake
  ${PROJECT_BINARY_DIR}/rotaryConfigVersion.cmake
  DESTINATION ${ROTARY_CMAKE_DIR})

# rotary.pc finds its prefix from its own location (${pcfiledir}), so the
# tree can be installed with `cmake --install --prefix` anywhere.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR
   IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(ROTARY_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(ROTARY_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(ROTARY_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH ROTARY_PC_UP "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
  string(REGEX REPLACE "/$" "" ROTARY_PC_UP "${ROTARY_PC_UP}")
  set(ROTARY_PC_PREFIX "\${pcfiledir}/${ROTARY_PC_UP}")
  set(ROTARY_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(ROTARY_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/rotary.pc.in ${PROJECT_BINARY_DIR}/rotary.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/rotary.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
